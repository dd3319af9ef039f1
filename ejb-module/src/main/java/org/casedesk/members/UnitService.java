package org.casedesk.members;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.casedesk.shared.Roles;

/** Reads the committee's member units for the reference-data screens. */
@Stateless
public class UnitService {

  @PersistenceContext private EntityManager em;

  @RolesAllowed({Roles.ADMIN, Roles.HELPDESK})
  public List<UnitChoice> units() {
    return em.createQuery(
            "select new org.casedesk.members.UnitChoice(u.id, u.name) from MemberUnit u order by u.name",
            UnitChoice.class)
        .getResultList();
  }
}
