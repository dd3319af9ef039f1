package org.casedesk.home;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casedesk.accounts.BaseService;
import org.casedesk.accounts.UserAccount;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.cases.AreaOverdue;
import org.casedesk.cases.CaseAction;
import org.casedesk.cases.CaseRepository;
import org.casedesk.cases.CaseScope;
import org.casedesk.cases.CaseState;
import org.casedesk.cases.FollowUpRepository;
import org.casedesk.cases.HandlerQueue;
import org.casedesk.cases.HomeCounts;
import org.casedesk.cases.HomeItem;
import org.casedesk.cases.HomeView;
import org.casedesk.cases.UrgentCase;
import org.casedesk.reports.JobTablesRepository;
import org.casedesk.reports.ReportJobs;
import org.casedesk.reports.SnapshotRepository;
import org.casedesk.shared.Roles;

/**
 * 首页: what needs the signed-in user now, per role, from aggregate queries (counts and group-bys,
 * never a loop over cases). Handlers: due today, overdue, urged, sent back, and their most urgent
 * cases with the time left; help desk: follow-ups and returned cases; officials: overdue cases of
 * their area by grid and by unit, extension requests and dissatisfied cases to review; ADMIN: the
 * report job's last nightly run and failed executions.
 */
@Stateless
@RolesAllowed({
  Roles.HELPDESK,
  Roles.HANDLER,
  Roles.COMMUNITY_OFFICIAL,
  Roles.SUBDISTRICT_OFFICIAL,
  Roles.ADMIN
})
public class HomeService extends BaseService {

  /** How many of a handler's open cases the home page lists with their time left. */
  public static final int URGENT_CASES = 10;

  @Inject private CaseRepository cases;
  @Inject private FollowUpRepository followUps;
  @Inject private SnapshotRepository snapshots;
  @Inject private JobTablesRepository jobTables;

  /** The signed-in user's home page. */
  public HomeView home() {
    UserAccount me = me();
    LocalDateTime now = now();
    List<HomeItem> items = new ArrayList<>();
    List<UrgentCase> urgent = List.of();
    List<AreaOverdue> byGrid = List.of();
    List<AreaOverdue> byUnit = List.of();
    LocalDateTime lastRun = null;
    switch (me.getRole()) {
      case Roles.HANDLER -> {
        Map<String, Object> mine = withHandler(new HashMap<>());
        mine.put("me", me.getId());
        String condition = "c.handlerId = :me and c.state in :states";
        long[] due =
            cases.dueAndOverdue(condition, mine, now, now.toLocalDate().plusDays(1).atStartOfDay());
        items.add(new HomeItem(HomeItem.Kind.DUE_TODAY, due[0]));
        items.add(new HomeItem(HomeItem.Kind.OVERDUE, due[1]));
        Map<String, Object> urged = new HashMap<>(mine);
        urged.put("urgedBy", List.of(CaseAction.URGED, CaseAction.SUPERVISED));
        items.add(
            new HomeItem(
                HomeItem.Kind.URGED,
                cases.count(condition + " and " + HandlerQueue.URGED_CONDITION, urged)));
        Map<String, Object> sentBack = new HashMap<>(mine);
        sentBack.put("sentBack", CaseAction.SENT_BACK);
        items.add(
            new HomeItem(
                HomeItem.Kind.SENT_BACK,
                cases.count(condition + " and " + HandlerQueue.SENT_BACK_CONDITION, sentBack)));
        urgent =
            cases
                .summaries(
                    condition + " and c.dueAt is not null", mine, "c.dueAt, c.id", 0, URGENT_CASES)
                .stream()
                .map(s -> new UrgentCase(s, Duration.between(now, s.dueAt()).toMinutes()))
                .toList();
      }
      case Roles.HELPDESK -> {
        items.add(new HomeItem(HomeItem.Kind.FOLLOW_UPS, followUps.followUpCount()));
        items.add(
            new HomeItem(
                HomeItem.Kind.RETURNED,
                cases.count("c.state = :state", Map.of("state", CaseState.RETURNED))));
      }
      case Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL -> {
        CaseScope scope = CaseScope.of(me);
        Map<String, Object> area = withHandler(scope.addTo(new HashMap<>()));
        String open = scope.condition() + " and c.state in :states";
        Map<String, Object> overdue = new HashMap<>(area);
        overdue.put("now", now);
        String late = open + " and c.dueAt < :now";
        items.add(new HomeItem(HomeItem.Kind.OVERDUE, cases.count(late, overdue)));
        items.add(
            new HomeItem(
                HomeItem.Kind.EXTENSIONS,
                cases.count(open + " and c.extensionDays is not null", area)));
        Map<String, Object> review = scope.addTo(new HashMap<>());
        review.put("review", CaseState.REVIEW);
        items.add(
            new HomeItem(
                HomeItem.Kind.REVIEW,
                cases.count(scope.condition() + " and c.state = :review", review)));
        byGrid = cases.countsBy(false, late, overdue);
        byUnit = cases.countsBy(true, late, overdue);
      }
      case Roles.ADMIN -> {
        lastRun = snapshots.lastRunFinished();
        items.add(
            new HomeItem(
                HomeItem.Kind.FAILED_JOBS,
                jobTables.failedSince(
                    ReportJobs.DAILY_CASE_REPORT, now.minusDays(7), WorkCalendar.ZONE)));
      }
      default -> {
        // no role-specific figures
      }
    }
    return new HomeView(counts(me, now), items, urgent, byGrid, byUnit, lastRun);
  }

  /**
   * Open and overdue cases within my scope: handlers their own, help desk those they registered,
   * officials and ADMIN their area.
   */
  private HomeCounts counts(UserAccount me, LocalDateTime now) {
    CaseScope scope =
        Roles.HANDLER.equals(me.getRole())
            ? new CaseScope("c.handlerId = :scope", me.getId())
            : Roles.HELPDESK.equals(me.getRole())
                ? new CaseScope("c.createdBy = :scope", me.getId())
                : CaseScope.of(me);
    String open = scope.condition() + " and c.state in :open";
    Map<String, Object> parameters = scope.addTo(new HashMap<>());
    parameters.put("open", CaseState.open());
    long openCount = cases.count(open, parameters);
    parameters.put("now", now);
    long overdue = cases.count(open + " and c.dueAt < :now and c.resolvedAt is null", parameters);
    return new HomeCounts(openCount, overdue);
  }

  private static Map<String, Object> withHandler(Map<String, Object> parameters) {
    parameters.put("states", CaseState.withHandler());
    return parameters;
  }
}
