package org.casedesk.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.casedesk.accounts.BaseService;
import org.casedesk.accounts.UserAccount;
import org.casedesk.calendar.CalendarRepository;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;

/**
 * The handler's steps on a case assigned to them: 签收, notes, 现场核查, 申请延期, 退单, 提交会议 and 办结. One
 * public method = one transaction.
 */
@Stateless
@RolesAllowed(Roles.HANDLER)
public class HandlingService extends BaseService {

  /** Working days after dispatch in which a handler may still return a case (DOMAIN.md). */
  public static final int RETURN_WINDOW_DAYS = 2;

  private static final DateTimeFormatter VISIT_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject private CaseRepository cases;
  @Inject private CalendarRepository calendar;

  /** 签收: the handler acknowledges a dispatched case. */
  public void sign(long caseId, long expectedVersion) {
    moveAssigned(caseId, expectedVersion, CaseState.SIGNED, null);
  }

  /** A handling note (办理); the first one also moves a dispatched case into handling. */
  public void addNote(
      long caseId,
      long expectedVersion,
      @NotBlank(message = "{case.note.required}") @Size(max = 2000, message = "{case.note.size}")
          String note) {
    moveAssigned(caseId, expectedVersion, CaseState.HANDLING, note);
  }

  /** 现场核查: the handler records an on-site visit; the first work moves the case into handling. */
  public void recordVisit(
      long caseId,
      long expectedVersion,
      @NotNull(message = "{visit.time.required}") LocalDateTime visitedAt,
      @NotBlank(message = "{visit.place.required}")
          @Size(max = 200, message = "{visit.place.size}")
          @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
          String place,
      @NotBlank(message = "{visit.findings.required}")
          @Size(max = 2000, message = "{visit.findings.size}")
          @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
          String findings) {
    UserAccount me = me();
    WorkCase c = cases.lockAssigned(caseId, expectedVersion, me);
    LocalDateTime now = now();
    // the page picks minutes: a visit in the minute the case was accepted is possible
    if (visitedAt.isAfter(now.plusMinutes(5))
        || visitedAt.isBefore(c.getAcceptedAt().truncatedTo(ChronoUnit.MINUTES))) {
      throw new BusinessException("visit.time.impossible");
    }
    CaseState from = c.moveTo(CaseState.HANDLING);
    cases.addVisit(
        new CaseVisit(c.getId(), me.getId(), visitedAt, place.strip(), findings.strip(), now));
    cases.moved(
        c,
        me,
        from,
        CaseAction.VISITED,
        visitedAt.format(VISIT_TIME) + " " + place.strip() + ": " + findings.strip());
  }

  /** 申请延期: asks an official for more working days; one request at a time. */
  public void requestExtension(
      long caseId,
      long expectedVersion,
      @Min(value = 1, message = "{case.extension.days}")
          @Max(value = 10, message = "{case.extension.days}")
          int workingDays,
      @NotBlank(message = "{case.reason.required}")
          @Size(max = 2000, message = "{case.reason.size}")
          String reason) {
    UserAccount me = me();
    WorkCase c = cases.lockAssigned(caseId, expectedVersion, me);
    if (!CaseState.withHandler().contains(c.getState())) {
      throw new BusinessException("case.transition.illegal", c.getState().name(), "EXTENSION");
    }
    c.requestExtension(workingDays, reason.strip());
    cases.acted(c, me, CaseAction.EXTENSION_REQUESTED, workingDays + ": " + reason.strip());
  }

  /**
   * 退单: the handler hands a case that is not theirs back to the help desk, with the reason, within
   * {@value #RETURN_WINDOW_DAYS} working days of its dispatch.
   */
  public void returnCase(
      long caseId,
      long expectedVersion,
      @NotBlank(message = "{case.reason.required}")
          @Size(max = 2000, message = "{case.reason.size}")
          String reason) {
    UserAccount me = me();
    WorkCase c = cases.lockAssigned(caseId, expectedVersion, me);
    LocalDateTime deadline =
        calendar.load().dueAfterWorkingDays(c.getDispatchedAt(), RETURN_WINDOW_DAYS);
    if (!now().isBefore(deadline)) {
      throw new BusinessException("case.return.tooLate", RETURN_WINDOW_DAYS);
    }
    CaseState from = c.moveTo(CaseState.RETURNED);
    c.returnToDesk();
    cases.moved(c, me, from, reason.strip());
  }

  /** 提交会议: the handler escalates a case to the committee meeting. */
  public void escalate(
      long caseId,
      long expectedVersion,
      @NotBlank(message = "{case.reason.required}")
          @Size(max = 2000, message = "{case.reason.size}")
          String reason) {
    moveAssigned(caseId, expectedVersion, CaseState.ESCALATED, reason);
  }

  /** 办结: the handler resolves the case with the reply given to the resident. */
  public void resolve(
      long caseId,
      long expectedVersion,
      @NotBlank(message = "{case.reply.required}") @Size(max = 2000, message = "{case.reply.size}")
          String reply) {
    UserAccount me = me();
    WorkCase c = cases.lockAssigned(caseId, expectedVersion, me);
    requireNotWithCommittee(c);
    CaseState from = c.moveTo(CaseState.RESOLVED);
    c.resolve(reply.strip(), now());
    cases.moved(c, me, from, reply.strip());
  }

  /** A step of the case's own handler that only moves the state, with its note. */
  private void moveAssigned(long caseId, long expectedVersion, CaseState to, String note) {
    UserAccount me = me();
    WorkCase c = cases.lockAssigned(caseId, expectedVersion, me);
    requireNotWithCommittee(c);
    cases.moved(c, me, c.moveTo(to), note == null ? null : note.strip());
  }

  /**
   * An escalated case waits for the committee: it goes back to the handler when its decision tasks
   * are done or the meeting records that none is needed (meetings.MeetingService).
   */
  private static void requireNotWithCommittee(WorkCase c) {
    if (c.getState() == CaseState.ESCALATED) {
      throw new BusinessException("case.awaitingCommittee");
    }
  }
}
