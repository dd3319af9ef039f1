package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.cases.CaseFilter;
import org.casedesk.cases.CaseSearchService;
import org.casedesk.cases.CaseSummary;
import org.casedesk.cases.ReportFigure;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.Login;
import org.casedesk.it.support.ReportRuns;
import org.casedesk.it.support.TestData;
import org.casedesk.reports.Breakdown;
import org.casedesk.reports.Figures;
import org.casedesk.reports.Level;
import org.casedesk.reports.PeriodType;
import org.casedesk.reports.Report;
import org.casedesk.reports.ReportJobs;
import org.casedesk.reports.ReportQuery;
import org.casedesk.reports.ReportRow;
import org.casedesk.reports.ReportService;
import org.casedesk.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reports that never mislead, on PostgreSQL: the report job runs June 1–12, 2026 over hand-built
 * cases of the test's own community, and for every figure that links to a case list the drill-down
 * (the case search in figure mode) finds exactly the cases behind the figure — the direct answer
 * left out of 办结量, the late resolution left out of 未办结, the unit as frozen by the run although the
 * case changed hands afterwards. Then the coverage of periods with days the job has not run.
 */
@ExtendWith(ArquillianExtension.class)
class ReportDrillDownIT {

  private static final LocalDate FIRST = LocalDate.of(2026, 6, 1);
  private static final LocalDate LAST = LocalDate.of(2026, 6, 12);

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(ReportDrillDownIT.class, ReportRuns.class);
  }

  @EJB private ReportJobs jobs;
  @Inject private ReportService reports;
  @Inject private CaseSearchService search;
  @Inject private Login login;

  /** The figures of the week of June 1 that link to cases, by how Figures computes them. */
  private static final Map<ReportFigure, ToLongFunction<Figures>> LINKED =
      Map.of(
          ReportFigure.ACCEPTED, Figures::accepted,
          ReportFigure.CLOSED, Figures::closed,
          ReportFigure.CLOSED_ON_TIME, Figures::closedOnTime,
          ReportFigure.CLOSED_LATE, Figures::closedLate,
          ReportFigure.UNRESOLVED, Figures::unresolved,
          ReportFigure.OVERDUE, Figures::dueOverdue);

  @Test
  void everyLinkedFigureOpensExactlyItsCases() throws Exception {
    TestData d = TestData.create();
    // A: resolved 06-02 before its due day 06-03, closed 06-03: closed on time, due and resolved.
    String a = kase(d, "06-01 09:00", "CLOSED", "06-04 00:00", "06-02 10:00", "06-03 10:00");
    // B: due 24:00 of 06-02, resolved late 06-04 (within the week), closed 06-05: closed late,
    // overdue, but resolved by the end of the week (not 未办结).
    String b = kase(d, "06-01 10:00", "CLOSED", "06-03 00:00", "06-04 12:00", "06-05 09:00");
    // C: due 24:00 of 06-04, still being handled: overdue and 未办结.
    String c = kase(d, "06-02 09:00", "HANDLING", "06-05 00:00", null, null);
    // D: answered at the desk and closed at once: accepted, but never in 办结量 (DIRECT_ANSWER).
    String dd = kase(d, "06-02 11:00", "CLOSED", null, "06-02 11:00", "06-02 11:00");
    TestData.update("update work_case set dispatched_at = null where case_no = ?", dd);
    // E: accepted in the week, due only the week after.
    String e = kase(d, "06-03 09:00", "HANDLING", "06-12 00:00", null, null);
    // F: accepted the week before (May 29), closed on time 06-02, due 06-04.
    String f = kase(d, "05-29 09:00", "CLOSED", "06-05 00:00", "06-02 09:00", "06-02 15:00");

    login.as(d.admin);
    assertThat(ReportRuns.runAndWait(jobs, jobs.startReport(FIRST, LAST, null)).status())
        .isEqualTo("COMPLETED");
    // B changes hands after the run (to someone of no unit): the figure and the list keep the
    // unit the day was frozen with
    TestData.update(
        "update work_case set handler_id = (select id from app_user where username = ?)"
            + " where case_no = ?",
        d.helpdesk,
        b);

    login.as(d.communityOfficial);
    Report report = reports.report(week(d, FIRST));
    Figures total = report.total();
    assertThat(total.accepted()).isEqualTo(5); // A B C D E
    assertThat(total.closed()).isEqualTo(3); // A B F, not D
    assertThat(total.unresolved()).isEqualTo(1); // C
    assertThat(total.dueOverdue()).isEqualTo(2); // B C
    assertThat(cases(d, ReportFigure.ACCEPTED, null)).containsExactlyInAnyOrder(a, b, c, dd, e);
    assertThat(cases(d, ReportFigure.CLOSED, null)).containsExactlyInAnyOrder(a, b, f);
    assertThat(cases(d, ReportFigure.CLOSED_ON_TIME, null)).containsExactlyInAnyOrder(a, f);
    assertThat(cases(d, ReportFigure.CLOSED_LATE, null)).containsExactly(b);
    assertThat(cases(d, ReportFigure.UNRESOLVED, null)).containsExactly(c);
    assertThat(cases(d, ReportFigure.OVERDUE, null)).containsExactlyInAnyOrder(b, c);

    // every linked figure of the total and of the unit's row: the list's count is the figure
    ReportRow unitRow =
        report.rows().stream()
            .filter(r -> String.valueOf(d.unit).equals(r.key()))
            .findFirst()
            .orElseThrow();
    for (Map.Entry<ReportFigure, ToLongFunction<Figures>> figure : LINKED.entrySet()) {
      assertThat(count(d, figure.getKey(), null))
          .as("%s of the community", figure.getKey())
          .isEqualTo(figure.getValue().applyAsLong(total));
      assertThat(count(d, figure.getKey(), d.unit))
          .as("%s of the unit", figure.getKey())
          .isEqualTo(figure.getValue().applyAsLong(unitRow.figures()));
    }
    assertThat(unitRow.figures().closedLate()).isEqualTo(1);
    assertThat(cases(d, ReportFigure.CLOSED_LATE, d.unit)).containsExactly(b);
    assertThat(cases(d, ReportFigure.CLOSED, d.unit)).containsExactlyInAnyOrder(a, b, f);
    // the plain search by closing dates and the case's current unit would find the direct answer
    // D and miss B: why the drill-down reads the facts
    CaseFilter byCurrentUnit =
        new CaseFilter(
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            d.community,
            d.unit,
            FIRST,
            FIRST.plusDays(6),
            null,
            null);
    assertThat(search.page(byCurrentUnit, 0, 200, "caseNo", true))
        .extracting(CaseSummary::caseNo)
        .containsExactlyInAnyOrder(a, dd, f);
  }

  @Test
  void aPeriodWithDaysWithoutARunSaysHowManyAndUpToWhichDay() throws Exception {
    TestData d = TestData.create();
    // in a shared database other tests may have run these days (CaseReportJobIT's year-long chunks)
    TestData.update(
        "delete from report_run where report_day between ? and ? or report_day between ? and ?",
        LAST.plusDays(1),
        LAST.plusDays(2),
        LocalDate.of(2025, 6, 1),
        LocalDate.of(2025, 6, 30));
    kase(d, "06-08 09:00", "HANDLING", "06-12 00:00", null, null);
    login.as(d.admin);
    assertThat(ReportRuns.runAndWait(jobs, jobs.startReport(FIRST, LAST, null)).status())
        .isEqualTo("COMPLETED");
    login.as(d.communityOfficial);

    // the week of June 8: run up to Friday the 12th, the weekend not yet
    Report week2 = reports.report(week(d, LocalDate.of(2026, 6, 10)));
    assertThat(week2.coverage().complete()).isFalse();
    assertThat(week2.coverage().unreported()).isEqualTo(2);
    assertThat(week2.coverage().reportedUntil()).isEqualTo(LAST);
    assertThat(week2.total().accepted()).isEqualTo(1);
    // its previous week is complete, so only the incompleteness of this week marks the change
    assertThat(week2.previousCoverage().complete()).isTrue();
    assertThat(week2.periodChangeIncomplete()).isTrue();
    // June 2025 was never run: 同比 is against an incomplete period
    assertThat(week2.lastYearCoverage().reportedUntil()).isNull();
    assertThat(week2.yearChangeIncomplete()).isTrue();
    // a day that cannot have been run yet
    Report tomorrow =
        reports.report(
            new ReportQuery(
                PeriodType.DAY,
                LocalDate.now(WorkCalendar.ZONE).plusDays(1),
                Level.COMMUNITY,
                d.community,
                Breakdown.UNIT));
    assertThat(tomorrow.coverage().unreported()).isEqualTo(1);
    assertThat(tomorrow.coverage().reportedUntil()).isNull();
  }

  @Test
  void aFigureWithoutItsDaysIsRefused() {
    TestData d = TestData.create();
    login.as(d.communityOfficial);
    CaseFilter noDays =
        CaseFilter.figure(ReportFigure.CLOSED, null, null, d.community, null, null, null, null);
    assertThatThrownBy(() -> search.count(noDays))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("search.figure.invalid");
  }

  // --- support ---

  /** The week containing {@code day}, at the test's community, by responsible unit. */
  private static ReportQuery week(TestData d, LocalDate day) {
    return new ReportQuery(PeriodType.WEEK, day, Level.COMMUNITY, d.community, Breakdown.UNIT);
  }

  /** The drill-down of a figure of the week of June 1 (of the test's community; of a unit). */
  private static CaseFilter figure(TestData d, ReportFigure figure, Long unit) {
    return CaseFilter.figure(figure, FIRST, FIRST.plusDays(6), d.community, null, null, null, unit);
  }

  private long count(TestData d, ReportFigure figure, Long unit) {
    return search.count(figure(d, figure, unit));
  }

  private List<String> cases(TestData d, ReportFigure figure, Long unit) {
    return search.page(figure(d, figure, unit), 0, 200, "caseNo", true).stream()
        .map(CaseSummary::caseNo)
        .toList();
  }

  /** A water case of the test's flat and handler; times "MM-dd HH:mm" in 2026; returns its no. */
  private static String kase(
      TestData d, String accepted, String state, String due, String resolved, String closed) {
    long id = TestData.nextId("case_seq");
    TestData.update(
        "insert into work_case (id, case_no, flat_id, grid_id, community_id, category_id, channel,"
            + " description, state, handler_id, created_by, accepted_at, dispatched_at, due_at,"
            + " resolved_at, closed_at, satisfaction, sent_back_count, anonymous, location_id)"
            + " values (?, ?, ?, ?, ?, ?, 'PHONE', '报表下钻', ?,"
            + " (select id from app_user where username = ?),"
            + " (select id from app_user where username = ?), ?, ?, ?, ?, ?, null, 0, false, ?)",
        id,
        "DR" + id,
        d.flat,
        d.grid,
        d.community,
        d.categoryWater,
        state,
        d.handler,
        d.helpdesk,
        time(accepted),
        time(accepted),
        time(due),
        time(resolved),
        time(closed),
        d.flat);
    return "DR" + id;
  }

  private static Timestamp time(String monthDayTime) {
    return monthDayTime == null
        ? null
        : Timestamp.valueOf(LocalDateTime.parse("2026-" + monthDayTime.replace(' ', 'T')));
  }
}
