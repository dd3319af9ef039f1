package org.casedesk.cases;

import jakarta.persistence.TypedQuery;
import java.util.Map;
import org.casedesk.accounts.UserAccount;
import org.casedesk.shared.Roles;

/**
 * Which cases a user may see, as a JPQL condition on the alias {@code c}: handlers their own cases
 * and their grid's, community officials their community, the rest of the sub-district.
 */
record CaseScope(String condition, Long parameter) {

  static CaseScope of(UserAccount user) {
    return switch (user.getRole()) {
      case Roles.HANDLER ->
          user.getGridId() == null
              ? new CaseScope("c.handlerId = :scope", user.getId())
              : new CaseScope(
                  "(c.handlerId = " + user.getId() + " or c.gridId = :scope)", user.getGridId());
      case Roles.COMMUNITY_OFFICIAL ->
          new CaseScope("c.communityId = :scope", user.getCommunityId());
      default -> new CaseScope("1 = 1", null);
    };
  }

  boolean permits(UserAccount user, WorkCase c) {
    return switch (user.getRole()) {
      case Roles.HANDLER ->
          user.getId().equals(c.getHandlerId())
              || (user.getGridId() != null && user.getGridId().equals(c.getGridId()));
      case Roles.COMMUNITY_OFFICIAL -> c.getCommunityId().equals(user.getCommunityId());
      default -> true;
    };
  }

  /** Adds the scope's parameter, if it has one, to a query's named parameters. */
  Map<String, Object> addTo(Map<String, Object> parameters) {
    if (parameter != null) {
      parameters.put("scope", parameter);
    }
    return parameters;
  }

  <T> TypedQuery<T> bind(TypedQuery<T> query) {
    return parameter == null ? query : query.setParameter("scope", parameter);
  }
}
