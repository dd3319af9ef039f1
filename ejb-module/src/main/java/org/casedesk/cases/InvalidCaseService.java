package org.casedesk.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.casedesk.accounts.BaseService;
import org.casedesk.accounts.UserAccount;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;

/**
 * 无效诉求 / 不予受理: the help desk (at intake or later) and the officials of the case's area mark a
 * request invalid with a reason from ADMIN's list and a note. The case counts as accepted and is
 * left out of every other figure (DOMAIN.md); nothing more is done on it.
 */
@Stateless
public class InvalidCaseService extends BaseService {

  @Inject private CaseRepository cases;
  @Inject private CaseReasonRepository reasons;
  @Inject private CaseIntake intake;

  /** Marks an open case invalid (not one with the committee: the meeting decides first). */
  @RolesAllowed({Roles.HELPDESK, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL})
  public void markInvalid(
      long caseId,
      long expectedVersion,
      @NotNull(message = "{reason.required}") Long reasonId,
      @Size(max = 2000, message = "{case.note.size}")
          @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
          String note) {
    UserAccount me = me();
    WorkCase c = cases.lockVisible(caseId, expectedVersion, me);
    if (c.getState() == CaseState.ESCALATED) {
      throw new BusinessException("case.awaitingCommittee");
    }
    invalidate(c, me, reasonId, note, now());
  }

  /** 受理 and 不予受理 at once: registered, never dispatched, invalid from the start. */
  @RolesAllowed(Roles.HELPDESK)
  public long registerInvalid(
      @NotNull @Valid RegisterCase input,
      @NotNull(message = "{reason.required}") Long reasonId,
      @Size(max = 2000, message = "{case.note.size}")
          @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
          String note) {
    UserAccount me = me();
    LocalDateTime now = now();
    reasons.active(reasonId, ReasonKind.INVALID); // refuse before anything is written
    return intake.registerOne(input, me, now, c -> invalidate(c, me, reasonId, note, now));
  }

  private void invalidate(
      WorkCase c, UserAccount me, Long reasonId, String note, LocalDateTime now) {
    CaseReason reason = reasons.active(reasonId, ReasonKind.INVALID);
    if (!c.getState().canMoveTo(CaseState.INVALID)) {
      throw new BusinessException("case.transition.illegal", c.getState().name(), "INVALID");
    }
    CaseState from = c.getState();
    String text = note == null || note.isBlank() ? null : note.strip();
    c.markInvalid(reason.getId(), text, now);
    cases.moved(
        c,
        me,
        from,
        CaseAction.MARKED_INVALID,
        reason.getNameZh() + (text == null ? "" : "：" + text));
  }
}
