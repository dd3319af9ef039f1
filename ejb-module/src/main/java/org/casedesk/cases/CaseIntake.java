package org.casedesk.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaNode;
import org.casedesk.areas.AreaRepository;
import org.casedesk.calendar.CalendarRepository;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.categories.Category;
import org.casedesk.categories.CategoryChannelLimit;
import org.casedesk.categories.CategoryRepository;
import org.casedesk.categories.TimeLimit;
import org.casedesk.notifications.NotificationKind;
import org.casedesk.notifications.NotificationRepository;
import org.casedesk.residents.Resident;
import org.casedesk.residents.ResidentRepository;
import org.casedesk.routing.RoutingRepository;
import org.casedesk.shared.BusinessException;

/**
 * 受理 and 派单 in one place: every way a case comes in (the help desk's entry screen and its
 * suggestion-box batch, a pairing visit) registers it here, so routing, due dates and history are
 * the same. Joins the caller's transaction; the calling service checks who may register.
 */
@ApplicationScoped
public class CaseIntake {

  private static final DateTimeFormatter CASE_NO_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

  @Inject private CaseRepository cases;
  @Inject private CategoryRepository categories;
  @Inject private RoutingRepository routing;
  @Inject private AccountRepository accounts;
  @Inject private ResidentRepository residents;
  @Inject private CalendarRepository calendar;
  @Inject private AreaRepository areas;
  @Inject private NotificationRepository notifications;

  /** Registers a case for {@code me} and dispatches it by the routing rules; returns its id. */
  public long register(RegisterCase input, UserAccount me) {
    return registerOne(input, me, cases.now());
  }

  long registerOne(RegisterCase input, UserAccount me, LocalDateTime now) {
    return registerOne(input, me, now, null);
  }

  /**
   * Registers a case; {@code insteadOfDispatch}, when given, decides what becomes of it instead of
   * the direct answer or the dispatch (e.g. 无效诉求 at intake).
   */
  long registerOne(
      RegisterCase input,
      UserAccount me,
      LocalDateTime now,
      java.util.function.Consumer<WorkCase> insteadOfDispatch) {
    Optional<WorkCase> alreadySaved = savedWithToken(input.requestToken(), me);
    if (alreadySaved.isPresent()) {
      return alreadySaved.get().getId();
    }
    AreaNode location = locationOf(input);
    Category category = categories.find(input.categoryId());
    if (category == null) {
      throw new BusinessException("case.category.invalid");
    }
    Long residentId = residentFor(input, location);
    WorkCase c =
        new WorkCase(
            residentId,
            location,
            blankToNull(input.locationDetail()),
            category.getId(),
            input.channel(),
            input.description().strip(),
            me.getId(),
            now);
    c.markAnonymous(input.anonymous());
    c.submittedWith(blankToNull(input.requestToken()));
    cases.add(c);
    c.numberAs(now.format(CASE_NO_DAY) + "-" + String.format("%06d", c.getId() % 1_000_000));
    cases.moved(c, me, null, null);
    if (input.repeatOfId() != null) {
      WorkCase earlier = cases.find(input.repeatOfId());
      if (earlier == null) {
        throw new BusinessException("case.repeatOf.invalid");
      }
      c.repeats(earlier.getId());
      cases.acted(c, me, CaseAction.REPEAT_LINKED, earlier.getCaseNo());
    }
    if (insteadOfDispatch != null) {
      insteadOfDispatch.accept(c);
      return c.getId();
    }
    if (input.answeredOnTheSpot()) {
      c.answerOnTheSpot(input.directAnswer().strip(), now);
      cases.moved(c, me, CaseState.ACCEPTED, input.directAnswer().strip());
      return c.getId();
    }

    routedHandler(category, location)
        .ifPresent(
            handler -> {
              dispatch(c, category, handler, now, me);
              CaseState from = c.moveTo(CaseState.DISPATCHED);
              cases.moved(c, me, from, handler.getDisplayName());
            });
    return c.getId();
  }

  /**
   * The location of an entry (any node from the grid down), which must lie in the grid it was
   * picked under.
   */
  AreaNode locationOf(RegisterCase input) {
    AreaNode location = areas.find(input.locationId());
    if (location == null || !location.getKind().isLocation()) {
      throw new BusinessException("case.location.invalid");
    }
    if (input.gridId() != null && !input.gridId().equals(location.getGridId())) {
      throw new BusinessException("case.flat.outsideGrid");
    }
    return location;
  }

  /** The case an earlier submit of the same entry form saved (double submit), if any. */
  private Optional<WorkCase> savedWithToken(String token, UserAccount me) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    Optional<WorkCase> saved = cases.byToken(token);
    if (saved.isPresent() && !saved.get().getCreatedBy().equals(me.getId())) {
      throw new BusinessException("form.token.invalid");
    }
    return saved;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The resident of an entry; a new one lives at the location if it is a flat. */
  Long residentFor(RegisterCase input, AreaNode location) {
    if (input.residentId() != null) {
      if (residents.find(input.residentId()) == null) {
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
              location.getKind() == AreaKind.FLAT ? location.getId() : null);
      residents.add(r);
      return r.getId();
    }
    if (!input.anonymous()) {
      throw new BusinessException("case.resident.required");
    }
    return null;
  }

  static String blankToEmpty(String s) {
    return s == null ? "" : s.strip();
  }

  /**
   * 派单 by the rules: category and grid, else category anywhere; else, for a courtyard without a
   * property company, its owning unit (产权单位); else the category's default unit; else the grid's
   * handler. A unit's case goes to its first active handler.
   */
  private Optional<UserAccount> routedHandler(Category category, AreaNode location) {
    Long gridId = location.getGridId();
    Optional<UserAccount> byRule =
        routing
            .rule(category.getId(), gridId, false)
            .flatMap(rule -> accounts.byId(rule.getHandlerId()))
            .filter(UserAccount::isEnabled);
    if (byRule.isPresent()) {
      return byRule;
    }
    return areas
        .courtyardOf(location)
        .filter(AreaNode::isNoPropertyCompany)
        .map(AreaNode::getOwnerUnitId)
        .flatMap(accounts::firstHandlerOfUnit)
        .or(
            () ->
                Optional.ofNullable(category.getDefaultUnitId())
                    .flatMap(accounts::firstHandlerOfUnit))
        .or(() -> accounts.firstHandlerOfGrid(gridId));
  }

  /**
   * Sets the handler and the deadlines: the category's limit, or its channel's own, from
   * acceptance; a re-dispatch keeps the due time and sets only a new sign-for limit. The handler is
   * notified.
   */
  void dispatch(
      WorkCase c, Category category, UserAccount handler, LocalDateTime now, UserAccount by) {
    CategoryChannelLimit forChannel = categories.channelLimit(category.getId(), c.getChannel());
    TimeLimit limit = forChannel == null ? category.getLimit() : forChannel.getLimit();
    WorkCalendar cal = calendar.load();
    c.dispatchTo(
        handler.getId(),
        now,
        c.getDueAt() == null
            ? Deadlines.of(c.getAcceptedAt(), now, limit, category, cal)
            : Deadlines.again(c.getDueAt(), now, category, cal));
    notifications.notify(
        handler.getId(),
        NotificationKind.DISPATCHED,
        c.getId(),
        c.getCaseNo(),
        c.getDescription(),
        by.getId());
  }
}
