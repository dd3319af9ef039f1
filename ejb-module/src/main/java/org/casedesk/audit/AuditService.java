package org.casedesk.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.casedesk.shared.Roles;

/** Reading the audit log: ADMIN only. Nobody can change it. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditService {

  @PersistenceContext private EntityManager em;

  /** The newest lines first. */
  public List<AuditItem> latest(@Min(1) @Max(1000) int max) {
    return em.createQuery(
            "select new org.casedesk.audit.AuditItem(a.at, u.displayName, a.action, c.caseNo,"
                + " a.detail) from AuditEntry a join UserAccount u on u.id = a.actorId"
                + " left join WorkCase c on c.id = a.caseId order by a.at desc, a.id desc",
            AuditItem.class)
        .setMaxResults(max)
        .getResultList();
  }
}
