package org.casedesk.cases;

import jakarta.persistence.TypedQuery;
import java.util.Map;
import org.casedesk.accounts.UserAccount;
import org.casedesk.shared.Jpql;
import org.casedesk.shared.Roles;

/**
 * Which cases a user may see, as a JPQL condition on the alias {@code c}: handlers their own cases,
 * their grid's (member-unit staff without a grid: their unit's), community officials their
 * community, the rest of the sub-district.
 */
public record CaseScope(String condition, Long parameter) {

  public static CaseScope of(UserAccount user) {
    return switch (user.getRole()) {
      case Roles.HANDLER -> {
        String unit =
            !isUnitStaff(user)
                ? ""
                : " or c.handlerId in (select u.id from UserAccount u where u.memberUnitId = "
                    + user.getMemberUnitId()
                    + ")";
        yield user.getGridId() == null
            ? new CaseScope("(c.handlerId = :scope" + unit + ")", user.getId())
            : new CaseScope(
                "(c.handlerId = " + user.getId() + " or c.gridId = :scope" + unit + ")",
                user.getGridId());
      }
      case Roles.COMMUNITY_OFFICIAL ->
          new CaseScope("c.communityId = :scope", user.getCommunityId());
      default -> new CaseScope(Jpql.everyRow("c"), null);
    };
  }

  /**
   * Whether the user may see the case; {@code caseHandlerUnit} is the member unit of the case's
   * handler (member-unit staff see their unit's cases).
   */
  boolean permits(UserAccount user, WorkCase c, Long caseHandlerUnit) {
    return switch (user.getRole()) {
      case Roles.HANDLER ->
          user.getId().equals(c.getHandlerId())
              || (user.getGridId() != null && user.getGridId().equals(c.getGridId()))
              || (isUnitStaff(user) && user.getMemberUnitId().equals(caseHandlerUnit));
      case Roles.COMMUNITY_OFFICIAL -> c.getCommunityId().equals(user.getCommunityId());
      default -> true;
    };
  }

  /**
   * Member-unit staff: a handler of a member unit who is not a grid worker. They see their unit's
   * cases (a grid worker sees their own grid's instead).
   */
  static boolean isUnitStaff(UserAccount user) {
    return Roles.HANDLER.equals(user.getRole())
        && user.getMemberUnitId() != null
        && user.getGridId() == null;
  }

  /**
   * Whether the user sees the resident's identity only masked (name too): a handler who does not
   * handle the case and for whom it is not in their own grid — member-unit staff (DOMAIN.md,
   * Privacy).
   */
  static boolean hidesIdentity(UserAccount user, WorkCase c) {
    return Roles.HANDLER.equals(user.getRole())
        && !user.getId().equals(c.getHandlerId())
        && (user.getGridId() == null || !user.getGridId().equals(c.getGridId()));
  }

  /** Adds the scope's parameter, if it has one, to a query's named parameters. */
  public Map<String, Object> addTo(Map<String, Object> parameters) {
    if (parameter != null) {
      parameters.put("scope", parameter);
    }
    return parameters;
  }

  <T> TypedQuery<T> bind(TypedQuery<T> query) {
    return parameter == null ? query : query.setParameter("scope", parameter);
  }
}
