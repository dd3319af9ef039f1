package org.casedesk.pairing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.Addresses;
import org.casedesk.areas.AreaNode;
import org.casedesk.audit.AuditAction;
import org.casedesk.audit.AuditRepository;
import org.casedesk.members.CommitteeAccess;
import org.casedesk.residents.Resident;

/**
 * Residents of the caller's area by the start of their name, for the committee's forms (pairing,
 * volunteer participants, service recipients): names and addresses only, each one shown audited.
 * Joins the caller's transaction.
 */
@ApplicationScoped
public class ResidentSearch {

  @PersistenceContext private EntityManager em;
  @Inject private CommitteeAccess access;
  @Inject private AuditRepository audit;

  public List<Candidate> find(UserAccount me, String query, boolean taggedOnly, String purpose) {
    Long community = access.communityOf(me);
    TypedQuery<Object[]> q =
        em.createQuery(
            "select r, up, ct, f from Resident r, AreaNode f, AreaNode ct, AreaNode up"
                + " where f.id = r.flatId and ct.id = f.parentId and up.id = ct.parentId"
                + (taggedOnly ? " and r.tags is not null and r.tags <> ''" : "")
                + " and r.name like :prefix"
                + (community == null ? "" : " and f.communityId = :community")
                + " order by r.name",
            Object[].class);
    q.setParameter(
        "prefix",
        (query == null ? "" : query.strip().replace("%", "").replace("_", "").replace("\\", ""))
            + "%");
    if (community != null) {
      q.setParameter("community", community);
    }
    List<Candidate> list =
        q.setMaxResults(20)
            .getResultStream()
            .map(
                row -> {
                  Resident r = (Resident) row[0];
                  return new Candidate(
                      r.getId(),
                      r.getName(),
                      r.getTags(),
                      Addresses.label(
                          null, (AreaNode) row[1], (AreaNode) row[2], (AreaNode) row[3]));
                })
            .toList();
    list.forEach(c -> audit.record(me.getId(), AuditAction.VIEW_RESIDENT, null, c.id(), purpose));
    return list;
  }
}
