package org.casedesk.useradmin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casedesk.accounts.UserAccount;
import org.casedesk.members.Member;
import org.casedesk.shared.Jpql;
import org.casedesk.shared.Roles;

/**
 * The user screen's queries: users by login, their committee members, the form's choices. Joins the
 * caller's transaction.
 */
@ApplicationScoped
public class UserAdminRepository {

  @PersistenceContext private EntityManager em;

  /**
   * Up to 1000 users by login; only the handlers of {@code handlersOf} when it is given; {@code q}
   * (optional) matches the start of the login or of the name.
   */
  List<UserAccount> users(String q, boolean includeInactive, Long handlersOf) {
    StringBuilder jpql =
        new StringBuilder("select u from UserAccount u where " + Jpql.everyRow("u"));
    if (handlersOf != null) {
      jpql.append(" and u.role = :handler and u.communityId = :community");
    }
    if (!includeInactive) {
      jpql.append(" and u.enabled = true");
    }
    if (q != null) {
      jpql.append(" and (u.username like :q escape '\\' or u.displayName like :q escape '\\')");
    }
    var select = em.createQuery(jpql.append(" order by u.username").toString(), UserAccount.class);
    if (handlersOf != null) {
      select.setParameter("handler", Roles.HANDLER).setParameter("community", handlersOf);
    }
    if (q != null) {
      select.setParameter("q", q.replaceAll("([\\\\%_])", "\\\\$1") + "%");
    }
    return select.setMaxResults(1000).getResultList();
  }

  /** The committee member linked to each user (the newest, when several are). */
  Map<Long, Member> membersByUser() {
    Map<Long, Member> members = new HashMap<>();
    em.createQuery(
            "select m from CommitteeMember m where m.userId is not null order by m.id desc",
            Member.class)
        .getResultStream()
        .forEach(m -> members.put(m.getUserId(), m));
    return members;
  }

  /** The first committee member linked to this user, if any. */
  Optional<Member> firstMemberOf(long userId) {
    return em.createQuery(
            "select m from CommitteeMember m where m.userId = :u order by m.id", Member.class)
        .setParameter("u", userId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Every committee member linked to this user. */
  List<Member> membersLinkedTo(long userId) {
    return em.createQuery("select m from CommitteeMember m where m.userId = :u", Member.class)
        .setParameter("u", userId)
        .getResultList();
  }

  /** The committee member with this id, or null. */
  Member member(long id) {
    return em.find(Member.class, id);
  }

  List<Choice> communities(Long community) {
    return choices(
        "select a.id, a.name from AreaNode a where a.kind = org.casedesk.areas.AreaKind.COMMUNITY"
            + inCommunity(community)
            + " order by a.name",
        community);
  }

  List<Choice> grids(Long community) {
    return choices(
        "select a.id, concat(c.name, ' / ', a.name) from AreaNode a, AreaNode c"
            + " where c.id = a.communityId and a.kind = org.casedesk.areas.AreaKind.GRID"
            + inCommunity(community)
            + " order by c.name, a.name",
        community);
  }

  List<Choice> units(Long community) {
    return choices(
        "select a.id, a.name from MemberUnit a where a.active = true"
            + (community == null ? "" : " and (a.communityId = :c or a.communityId is null)")
            + " order by a.name",
        community);
  }

  List<Choice> members(Long community) {
    return choices(
        "select a.id, a.name from CommitteeMember a where a.active = true"
            + inCommunity(community)
            + " order by a.name",
        community);
  }

  private static String inCommunity(Long community) {
    return community == null ? "" : " and a.communityId = :c";
  }

  private List<Choice> choices(String jpql, Long community) {
    var query = em.createQuery(jpql, Object[].class);
    if (community != null) {
      query.setParameter("c", community);
    }
    return query.getResultStream().map(r -> new Choice((Long) r[0], (String) r[1])).toList();
  }
}
