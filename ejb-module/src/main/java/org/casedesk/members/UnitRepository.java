package org.casedesk.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.casedesk.shared.Jpql;

/** Reads the committee's member units. Joins the caller's transaction. */
@ApplicationScoped
public class UnitRepository {

  private static final String UNIT_ITEM =
      "select new org.casedesk.members.UnitItem(u.id, u.version, u.name, u.kind, u.communityId,"
          + " c.name, u.contact, u.active, u.leftOn,"
          + " (select count(m) from CommitteeMember m where m.unitId = u.id and m.active = true))"
          + " from MemberUnit u left join AreaNode c on c.id = u.communityId";

  @PersistenceContext private EntityManager em;

  /** Every member unit as a choice, by name. */
  List<UnitChoice> choices() {
    return em.createQuery(
            "select new org.casedesk.members.UnitChoice(u.id, u.name) from MemberUnit u order by u.name",
            UnitChoice.class)
        .getResultList();
  }

  /** The unit with this id, or null. */
  public MemberUnit find(long id) {
    return em.find(MemberUnit.class, id);
  }

  /** The first active member unit of this name ({@code null} for a blank name or none). */
  public Long activeIdByName(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    return em.createQuery(
            "select u.id from MemberUnit u where u.name = :name and u.active = true order by u.id",
            Long.class)
        .setParameter("name", name.strip())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Saves a new unit; its id is set on return. */
  void add(MemberUnit unit) {
    em.persist(unit);
    em.flush();
  }

  /** Units of a community and the sub-district-wide ones (every one for {@code null}). */
  List<UnitItem> items(Long community, boolean withInactive) {
    return em.createQuery(
            UNIT_ITEM
                + " where "
                + (community == null
                    ? Jpql.everyRow("u")
                    : "(u.communityId is null or u.communityId = " + community + ")")
                + (withInactive ? "" : " and u.active = true")
                + " order by u.active desc, u.kind, u.name",
            UnitItem.class)
        .getResultList();
  }

  Optional<UnitItem> item(long id) {
    return em.createQuery(UNIT_ITEM + " where u.id = :id", UnitItem.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** The units with these ids. */
  public List<MemberUnit> byIds(List<Long> ids) {
    return em.createQuery("select u from MemberUnit u where u.id in :ids", MemberUnit.class)
        .setParameter("ids", ids)
        .getResultList();
  }
}
