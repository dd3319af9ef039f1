package org.casedesk.pairing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.casedesk.accounts.UserAccount;
import org.casedesk.audit.AuditAction;
import org.casedesk.audit.AuditRepository;
import org.casedesk.members.CommitteeAccess;
import org.casedesk.residents.Resident;
import org.casedesk.residents.ResidentRepository;

/**
 * Residents of the caller's area by the start of their name, for the committee's forms (pairing,
 * volunteer participants, service recipients): names and addresses only, each one shown audited.
 * Joins the caller's transaction.
 */
@ApplicationScoped
public class ResidentSearch {

  @Inject private ResidentRepository residents;
  @Inject private CommitteeAccess access;
  @Inject private AuditRepository audit;

  public List<Candidate> find(UserAccount me, String query, boolean taggedOnly, String purpose) {
    Long community = access.communityOf(me);
    List<Candidate> list =
        residents.byNamePrefix(query, taggedOnly, community, 20).stream()
            .map(
                found -> {
                  Resident r = found.resident();
                  return new Candidate(r.getId(), r.getName(), r.getTags(), found.address());
                })
            .toList();
    list.forEach(c -> audit.record(me.getId(), AuditAction.VIEW_RESIDENT, null, c.id(), purpose));
    return list;
  }
}
