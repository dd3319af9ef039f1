package org.casedesk.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.accounts.BaseService;
import org.casedesk.accounts.UserAccount;
import org.casedesk.calendar.CalendarRepository;
import org.casedesk.notifications.NotificationKind;
import org.casedesk.notifications.NotificationRepository;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;

/**
 * What officials do to cases in their area: watch the ones overdue or near their deadline, urge
 * (催办) and supervise (督办) with a note the handler sees, and decide extension requests. A community
 * official acts only in their community; a case elsewhere looks like a missing one.
 */
@Stateless
@RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL})
public class SupervisionService extends BaseService {

  /** "Near the deadline" for cases dispatched before categories had a warning threshold. */
  public static final int NEAR_DEADLINE_HOURS = 24;

  @Inject private AccountRepository accounts;
  @Inject private CaseRepository cases;
  @Inject private CalendarRepository calendar;
  @Inject private NotificationRepository notifications;

  /**
   * Cases with a handler that are overdue, past their category's warning threshold (older cases:
   * due within {@value #NEAR_DEADLINE_HOURS} hours), or wait for an extension decision, most urgent
   * first.
   */
  public List<CaseSummary> watchList() {
    Map<String, Object> parameters = new HashMap<>();
    return cases.summaries(watchCondition(parameters), parameters);
  }

  /** A page of the watch list from row {@code first}, paged on the database. */
  public CasePage watchPage(@jakarta.validation.constraints.Min(0) int first) {
    Map<String, Object> parameters = new HashMap<>();
    return cases.page(watchCondition(parameters), parameters, first);
  }

  /** The watch list's condition within my scope; fills in its parameters. */
  private String watchCondition(Map<String, Object> parameters) {
    UserAccount me = me();
    CaseScope scope = CaseScope.of(me);
    scope.addTo(parameters);
    parameters.put("states", CaseState.withHandler());
    parameters.put("now", now());
    parameters.put("soon", now().plusHours(NEAR_DEADLINE_HOURS));
    return scope.condition()
        + " and c.state in :states and (c.warnAt <= :now or (c.warnAt is null and c.dueAt < :soon)"
        + " or c.dueAt < :now or c.extensionDays is not null)";
  }

  /** 催办: reminds the handler; the note shows in the case's timeline. */
  public void urge(
      long caseId,
      long expectedVersion,
      @NotBlank(message = "{case.note.required}") @Size(max = 2000, message = "{case.note.size}")
          String note) {
    act(caseId, expectedVersion, CaseAction.URGED, note);
  }

  /**
   * 催办 of several cases at once with one note: all or none (a case changed meanwhile, or not with a
   * handler any more, refuses the lot). Returns how many were urged.
   */
  public int urgeAll(
      List<CaseRef> selected,
      @NotBlank(message = "{case.note.required}") @Size(max = 2000, message = "{case.note.size}")
          String note) {
    CaseRef.checkBulk(selected);
    selected.forEach(ref -> act(ref.id(), ref.version(), CaseAction.URGED, note));
    return selected.size();
  }

  /** 督办: supervises the case with instructions; the note shows in the case's timeline. */
  public void supervise(
      long caseId,
      long expectedVersion,
      @NotBlank(message = "{case.note.required}") @Size(max = 2000, message = "{case.note.size}")
          String note) {
    act(caseId, expectedVersion, CaseAction.SUPERVISED, note);
  }

  /** Approves (the due date moves by the working days asked for) or refuses an extension. */
  public void decideExtension(
      long caseId,
      long expectedVersion,
      boolean approve,
      @Size(max = 2000, message = "{case.note.size}") String note) {
    UserAccount me = me();
    WorkCase c = cases.lockVisible(caseId, expectedVersion, me);
    Integer days = c.getExtensionDays();
    LocalDateTime newDue =
        approve && days != null && c.getDueAt() != null
            // due is 24:00 of its last working day: count on from that day
            ? calendar.load().dueAfterWorkingDays(c.getDueAt().minusDays(1), days)
            : null;
    LocalDateTime previousDue = c.getDueAt();
    c.decideExtension(approve, newDue);
    String text = (note == null || note.isBlank()) ? "" : note.strip();
    if (approve) {
      cases.extended(c, me, previousDue, days + ": " + text);
    } else {
      cases.acted(c, me, CaseAction.EXTENSION_REFUSED, text);
    }
    notifications.notify(
        c.getHandlerId(),
        approve ? NotificationKind.EXTENSION_APPROVED : NotificationKind.EXTENSION_REFUSED,
        c.getId(),
        c.getCaseNo(),
        text,
        me.getId());
  }

  private void act(long caseId, long expectedVersion, CaseAction action, String note) {
    UserAccount me = me();
    WorkCase c = cases.lockVisible(caseId, expectedVersion, me);
    if (!CaseState.withHandler().contains(c.getState())) {
      throw new BusinessException("case.notWithHandler");
    }
    cases.acted(c, me, action, note.strip());
    notifications.notify(
        c.getHandlerId(),
        action == CaseAction.URGED ? NotificationKind.URGED : NotificationKind.SUPERVISED,
        c.getId(),
        c.getCaseNo(),
        note,
        me.getId());
  }
}
