package org.casedesk.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.casedesk.shared.Jpql;

/** Reads and saves the committee's members. Joins the caller's transaction. */
@ApplicationScoped
public class MemberRepository {

  private static final String MEMBER_ITEM =
      "select new org.casedesk.members.MemberItem(m.id, m.version, m.name, m.kind, m.position,"
          + " m.unitId, u.name, m.communityId, c.name, m.gridId, g.name, m.joinedOn, m.active,"
          + " m.leftOn, m.userId)"
          + " from CommitteeMember m left join MemberUnit u on u.id = m.unitId"
          + " left join AreaNode c on c.id = m.communityId"
          + " left join AreaNode g on g.id = m.gridId";

  @PersistenceContext private EntityManager em;

  /** The member with this id, or null. */
  public Member find(long id) {
    return em.find(Member.class, id);
  }

  void add(Member member) {
    em.persist(member);
  }

  /** Writes pending changes now (a new member gets its id, a changed one its version). */
  void flush() {
    em.flush();
  }

  /** Members of a community (every one for {@code null}), optionally of one unit. */
  List<MemberItem> items(Long community, Long unitId, boolean withInactive) {
    TypedQuery<MemberItem> q =
        em.createQuery(
            MEMBER_ITEM
                + " where "
                + (community == null ? Jpql.everyRow("m") : "m.communityId = " + community)
                + (unitId == null ? "" : " and m.unitId = :unit")
                + (withInactive ? "" : " and m.active = true")
                + " order by m.active desc, m.kind, m.name",
            MemberItem.class);
    if (unitId != null) {
      q.setParameter("unit", unitId);
    }
    return q.getResultList();
  }

  Optional<MemberItem> item(long id) {
    return em.createQuery(MEMBER_ITEM + " where m.id = :id", MemberItem.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }
}
