package org.casedesk.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;
import org.casedesk.accounts.BaseService;
import org.casedesk.accounts.UserAccount;
import org.casedesk.notifications.NotificationKind;
import org.casedesk.notifications.NotificationRepository;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;

/**
 * 不满意件审核: a dissatisfied follow-up leaves the case in REVIEW for the officials of its area, who
 * send it back to its handler (发回重办, counted by the report) or close it as dissatisfied with a
 * reason. After {@code casedesk.followup.max-rework} send-backs only closing is possible.
 */
@Stateless
@RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL})
public class CaseReviewService extends BaseService {

  @Inject private CaseRepository cases;
  @Inject private CaseReasonRepository reasons;
  @Inject private FollowUpRules rules;
  @Inject private NotificationRepository notifications;

  /** The cases of my area waiting for review, oldest due first, paged on the database. */
  public CasePage reviewPage(@Min(0) int first) {
    CaseScope scope = CaseScope.of(me());
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("state", CaseState.REVIEW);
    return cases.page("c.state = :state and " + scope.condition(), scope.addTo(parameters), first);
  }

  /** 发回重办: back to the case's handler, whose resolution no longer stands. */
  public void sendBack(
      long caseId,
      long expectedVersion,
      @NotBlank(message = "{case.reason.required}") @Size(max = 2000, message = "{case.note.size}")
          String note) {
    UserAccount me = me();
    WorkCase c = reviewed(caseId, expectedVersion, me);
    if (!rules.maySendBack(c.getSentBackCount())) {
      throw new BusinessException("review.sendBack.limit", rules.maxRework());
    }
    CaseState from = c.moveTo(CaseState.HANDLING);
    c.sendBack();
    cases.moved(c, me, from, CaseAction.SENT_BACK, note.strip());
    notifications.notify(
        c.getHandlerId(), NotificationKind.SENT_BACK, c.getId(), c.getCaseNo(), note, me.getId());
  }

  /** 不满意结案: closed with the reason why, although the resident stays dissatisfied. */
  public void closeDissatisfied(
      long caseId,
      long expectedVersion,
      @NotNull(message = "{reason.required}") Long reasonId,
      @Size(max = 2000, message = "{case.note.size}") String note) {
    UserAccount me = me();
    WorkCase c = reviewed(caseId, expectedVersion, me);
    CaseReason reason = reasons.active(reasonId, ReasonKind.DISSATISFIED);
    CaseState from = c.moveTo(CaseState.CLOSED);
    c.closeDissatisfied(reason.getId(), now());
    String text = note == null || note.isBlank() ? "" : "：" + note.strip();
    cases.moved(c, me, from, CaseAction.CLOSED_DISSATISFIED, reason.getNameZh() + text);
  }

  private WorkCase reviewed(long caseId, long expectedVersion, UserAccount me) {
    WorkCase c = cases.lockVisible(caseId, expectedVersion, me);
    if (c.getState() != CaseState.REVIEW) {
      throw new BusinessException("review.notWaiting");
    }
    return c;
  }
}
