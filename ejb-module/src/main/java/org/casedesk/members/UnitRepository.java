package org.casedesk.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads the committee's member units. Joins the caller's transaction. */
@ApplicationScoped
public class UnitRepository {

  @PersistenceContext private EntityManager em;

  /** Every member unit as a choice, by name. */
  List<UnitChoice> choices() {
    return em.createQuery(
            "select new org.casedesk.members.UnitChoice(u.id, u.name) from MemberUnit u order by u.name",
            UnitChoice.class)
        .getResultList();
  }
}
