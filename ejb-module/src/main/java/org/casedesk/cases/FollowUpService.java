package org.casedesk.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.casedesk.accounts.BaseService;
import org.casedesk.accounts.UserAccount;
import org.casedesk.audit.AuditAction;
import org.casedesk.audit.AuditRepository;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;

/**
 * 回访 by the help desk: the resident's answer on a resolved case, the answer of each further
 * (merged) caller, and the queue of cases waiting for them. One public method = one transaction.
 */
@Stateless
@RolesAllowed(Roles.HELPDESK)
public class FollowUpService extends BaseService {

  @Inject private CaseRepository cases;
  @Inject private FollowUpRepository queue;
  @Inject private AuditRepository audit;

  /**
   * 回访: records the resident's answer. Content → 结案 (closed); dissatisfied → 不满意件审核 (review by an
   * official of the area, {@link CaseReviewService}).
   */
  public void followUp(
      long caseId,
      long expectedVersion,
      @NotNull(message = "{case.satisfaction.required}") Satisfaction satisfaction,
      @Size(max = 2000, message = "{case.note.size}") String note) {
    UserAccount me = me();
    WorkCase c = cases.lock(caseId, expectedVersion);
    CaseState next = satisfaction.isContent() ? CaseState.CLOSED : CaseState.REVIEW;
    if (c.getState() != CaseState.RESOLVED) {
      throw new BusinessException("case.transition.illegal", c.getState().name(), next.name());
    }
    CaseState from = c.moveTo(next);
    c.followedUp(satisfaction, now());
    cases.followedUp(
        c, me, from, satisfaction, note == null || note.isBlank() ? null : note.strip());
  }

  /** 回访 of a further caller, once the case is resolved (or already closed). */
  public void followUpCaller(
      long callerId,
      @NotNull(message = "{case.satisfaction.required}") Satisfaction satisfaction,
      @Size(max = 2000, message = "{case.note.size}") String note) {
    UserAccount me = me();
    CaseCaller caller = cases.caller(callerId);
    if (caller == null) {
      throw new BusinessException("case.notFound");
    }
    WorkCase c = cases.findVisible(caller.getCaseId(), me);
    if (c.getState() != CaseState.RESOLVED
        && c.getState() != CaseState.REVIEW
        && c.getState() != CaseState.CLOSED) {
      throw new BusinessException("caller.followUp.notResolved");
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    caller.followedUp(satisfaction, text, now());
    cases.callerFollowedUp(c, me, satisfaction, text);
  }

  /**
   * The help desk's follow-up queue: resolved cases waiting for the resident's answer, and resolved
   * or closed cases with a further (merged) caller not yet followed up.
   */
  public List<CaseSummary> followUpQueue() {
    return queue.followUps(0, 500);
  }

  /** A page of the follow-up queue ({@link #followUpQueue()}), paged on the database. */
  public CasePage followUpPage(@Min(0) int first) {
    CasePage page = queue.followUpPage(first);
    // the queue shows each resident's name, masked: logged like every view of resident data
    long me = me().getId();
    page.rows().stream()
        .filter(c -> c.residentId() != null)
        .forEach(
            c ->
                audit.record(
                    me,
                    AuditAction.VIEW_RESIDENT,
                    c.id(),
                    c.residentId(),
                    "follow-up queue, masked"));
    return page;
  }
}
