package org.casedesk.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaNode;
import org.casedesk.calendar.CalendarRepository;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.residents.Resident;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;

/**
 * 受理 and 派单 in one place: every way a case comes in (the help desk's entry screen, a pairing visit,
 * a committee meeting) registers it here, so routing, due dates and history are the same. Joins the
 * caller's transaction; the calling service checks who may register.
 */
@ApplicationScoped
public class CaseIntake {

  private static final DateTimeFormatter CASE_NO_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

  @PersistenceContext private EntityManager em;
  @Inject private CaseRepository cases;
  @Inject private CalendarRepository calendar;

  /** Registers a case for {@code me} and dispatches it by the routing rules; returns its id. */
  public long register(RegisterCase input, UserAccount me) {
    LocalDateTime now = CaseRepository.now();
    AreaNode flat = em.find(AreaNode.class, input.flatId());
    if (flat == null || flat.getKind() != AreaKind.FLAT) {
      throw new BusinessException("case.flat.invalid");
    }
    Category category = em.find(Category.class, input.categoryId());
    if (category == null) {
      throw new BusinessException("case.category.invalid");
    }
    Long residentId = residentFor(input, flat);
    WorkCase c =
        new WorkCase(
            residentId,
            flat.getId(),
            flat.getGridId(),
            flat.getCommunityId(),
            category.getId(),
            input.channel(),
            input.description().strip(),
            me.getId(),
            now);
    c.markAnonymous(input.anonymous());
    em.persist(c);
    em.flush(); // the history refers to it by id: write it first
    c.numberAs(now.format(CASE_NO_DAY) + "-" + String.format("%06d", c.getId() % 1_000_000));
    cases.moved(c, me, null, null);
    if (input.repeatOfId() != null) {
      WorkCase earlier = em.find(WorkCase.class, input.repeatOfId());
      if (earlier == null) {
        throw new BusinessException("case.repeatOf.invalid");
      }
      c.repeats(earlier.getId());
      cases.acted(c, me, CaseAction.REPEAT_LINKED, earlier.getCaseNo());
    }
    if (input.answeredOnTheSpot()) {
      c.answerOnTheSpot(input.directAnswer().strip(), now);
      cases.moved(c, me, CaseState.ACCEPTED, input.directAnswer().strip());
      return c.getId();
    }

    routedHandler(category.getId(), flat.getGridId())
        .ifPresent(
            handler -> {
              WorkCalendar cal = calendar.load();
              c.dispatchTo(
                  handler.getId(), now, cal.dueAfterWorkingDays(now, category.getLimitDays()));
              CaseState from = c.moveTo(CaseState.DISPATCHED);
              cases.moved(c, me, from, handler.getDisplayName());
            });
    return c.getId();
  }

  private Long residentFor(RegisterCase input, AreaNode flat) {
    if (input.residentId() != null) {
      if (em.find(Resident.class, input.residentId()) == null) {
        throw new BusinessException("case.resident.invalid");
      }
      return input.residentId();
    }
    if (input.newResident() != null
        && input.newResident().name() != null
        && !input.newResident().name().isBlank()) {
      Resident r =
          new Resident(
              input.newResident().name().strip(),
              blankToEmpty(input.newResident().phone()),
              blankToEmpty(input.newResident().idNumber()),
              flat.getId());
      em.persist(r);
      em.flush(); // the case refers to it by id: write it first
      return r.getId();
    }
    if (!input.anonymous()) {
      throw new BusinessException("case.resident.required");
    }
    return null;
  }

  private static String blankToEmpty(String s) {
    return s == null ? "" : s.strip();
  }

  /** 派单 by the rules: category and grid, else category anywhere, else the grid's handler. */
  private Optional<UserAccount> routedHandler(Long categoryId, Long gridId) {
    Optional<UserAccount> byRule =
        cases
            .routingRule(categoryId, gridId, false)
            .map(rule -> em.find(UserAccount.class, rule.getHandlerId()))
            .filter(UserAccount::isEnabled);
    return byRule.isPresent() ? byRule : gridHandler(gridId);
  }

  private Optional<UserAccount> gridHandler(Long gridId) {
    return em.createQuery(
            "select u from UserAccount u where u.role = :role and u.gridId = :grid and u.enabled = true order by u.id",
            UserAccount.class)
        .setParameter("role", Roles.HANDLER)
        .setParameter("grid", gridId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
