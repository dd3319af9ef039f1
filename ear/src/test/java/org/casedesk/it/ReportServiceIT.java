package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.Login;
import org.casedesk.it.support.TestData;
import org.casedesk.reports.Breakdown;
import org.casedesk.reports.Figures;
import org.casedesk.reports.HotCategory;
import org.casedesk.reports.Level;
import org.casedesk.reports.PeriodType;
import org.casedesk.reports.RankedRow;
import org.casedesk.reports.Report;
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
 * The report's read side on PostgreSQL, on hand-built daily snapshot rows whose answers are worked
 * out below: periods as sums of days, the late-resolution rule of 办结率, "—" for a denominator of 0,
 * 环比 and 同比, breakdowns, the league table's bottom three, and community officials' scope. Each test
 * reads at the level of its own new community, so other tests' rows never count.
 */
@ExtendWith(ArquillianExtension.class)
class ReportServiceIT {

  private static final long WATER = 2;
  private static final long SANITATION = 4;

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(ReportServiceIT.class);
  }

  @Inject private ReportService reports;
  @Inject private Login login;

  /**
   * One report_daily row. {@code v}: accepted, repeated, closed, closed_on_time, followed_up,
   * satisfied, dissatisfied, sent_back, handling_hours, due, due_resolved, due_overdue, dispatched,
   * signed_on_time.
   */
  private static void daily(
      LocalDate day,
      long category,
      String channel,
      long grid,
      long community,
      Long unit,
      long... v) {
    TestData.update(
        "insert into report_daily (report_day, category_id, channel, grid_id, community_id, unit_id,"
            + " answered, accepted, repeated, closed, closed_on_time, followed_up, satisfied, dissatisfied,"
            + " sent_back, handling_hours, due, due_resolved, due_overdue, dispatched,"
            + " signed_on_time, execution_id) values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, 0)",
        day,
        category,
        channel,
        grid,
        community,
        unit,
        v[0],
        v[1],
        v[2],
        v[3],
        v[4],
        v[5],
        v[6],
        v[7],
        BigDecimal.valueOf(v[8]),
        v[9],
        v[10],
        v[11],
        v[12],
        v[13]);
  }

  private static void late(TestData d, LocalDate day, LocalDate dueDay, long resolved) {
    TestData.update(
        "insert into report_daily_late (report_day, due_day, category_id, channel, grid_id,"
            + " community_id, unit_id, resolved, execution_id) values (?, ?, ?, 'PHONE', ?, ?, ?, ?, 0)",
        day,
        dueDay,
        WATER,
        d.grid,
        d.community,
        d.unit,
        resolved);
  }

  private static long unit(TestData d, String name) {
    TestData.update(
        "insert into member_unit (id, name, kind, community_id)"
            + " values (nextval('unit_seq'), ?, 'PROPERTY_COMPANY', ?)",
        name + d.suffix,
        d.community);
    return TestData.queryLong("select id from member_unit where name = ?", name + d.suffix);
  }

  private Report report(TestData d, PeriodType type, LocalDate day, Breakdown by) {
    return reports.report(new ReportQuery(type, day, Level.COMMUNITY, d.community, by));
  }

  private static LocalDate day(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  @Test
  void periodsAreSumsOfTheirDaysAndLateResolutionsCountWhenBothDaysLieInThePeriod() {
    TestData d = TestData.create();
    long c = d.community;
    // week 2026-W10 is Mon 2 March .. Sun 8 March
    daily(
        day(2026, 3, 2),
        WATER,
        "PHONE",
        d.grid,
        c,
        d.unit,
        4,
        1,
        2,
        1,
        2,
        1,
        1,
        1,
        10,
        3,
        1,
        1,
        4,
        3);
    daily(
        day(2026, 3, 8),
        WATER,
        "PHONE",
        d.grid,
        c,
        d.unit,
        2,
        0,
        2,
        2,
        0,
        0,
        0,
        0,
        6,
        1,
        0,
        1,
        0,
        0);
    // the next week, still March
    daily(
        day(2026, 3, 9),
        WATER,
        "PHONE",
        d.grid,
        c,
        d.unit,
        7,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0);
    // the previous week (W09), February
    daily(
        day(2026, 2, 27),
        WATER,
        "PHONE",
        d.grid,
        c,
        d.unit,
        3,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        1,
        0,
        1,
        0,
        0);
    // the same week a year earlier (2025-W10 is 3..9 March 2025)
    daily(
        day(2025, 3, 4),
        WATER,
        "PHONE",
        d.grid,
        c,
        d.unit,
        12,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0);
    late(d, day(2026, 3, 5), day(2026, 3, 2), 1); // inside W10, March and Q1
    late(d, day(2026, 3, 9), day(2026, 3, 8), 1); // resolved after W10 ended: March and Q1 only
    late(d, day(2026, 3, 3), day(2026, 2, 27), 1); // due in February: Q1 only

    login.as(d.subdistrictOfficial);
    Report week = report(d, PeriodType.WEEK, day(2026, 3, 5), Breakdown.UNIT);
    assertThat(week.period().label()).isEqualTo("2026-W10");
    Figures w = week.total();
    assertThat(w.accepted()).isEqualTo(6);
    assertThat(w.closed()).isEqualTo(4);
    assertThat(w.due()).isEqualTo(4);
    assertThat(w.late()).isEqualTo(1);
    // 办结率 = (due_resolved 1 + late 1) / due 4
    assertThat(w.closingRate()).isEqualTo(0.5);
    assertThat(w.onTimeRate()).isEqualTo(0.75);
    assertThat(w.signingRate()).isEqualTo(0.75);
    assertThat(w.overdueRate()).isEqualTo(0.5);
    assertThat(w.followUpRate()).isEqualTo(0.5);
    assertThat(w.satisfactionRate()).isEqualTo(0.5);
    assertThat(w.sentBackRate()).isEqualTo(0.25);
    assertThat(w.repeatRate()).isCloseTo(1.0 / 6, within(1e-9));
    assertThat(w.averageHours()).isEqualByComparingTo("4.0");
    assertThat(w.closedLate()).isEqualTo(1);
    assertThat(w.unresolved()).isEqualTo(2);
    // 环比 against W09 (3 accepted), 同比 against 2025-W10 (12 accepted)
    assertThat(week.previous().accepted()).isEqualTo(3);
    assertThat(week.acceptedChange()).isEqualTo(1.0);
    assertThat(week.lastYear().accepted()).isEqualTo(12);
    assertThat(week.acceptedYearChange()).isEqualTo(-0.5);
    assertThat(week.closedChange()).isNull(); // nothing closed in W09

    Figures march = report(d, PeriodType.MONTH, day(2026, 3, 20), Breakdown.UNIT).total();
    assertThat(march.accepted()).isEqualTo(13);
    assertThat(march.late()).isEqualTo(2);
    assertThat(march.closingRate()).isEqualTo(0.75); // (1 + 2) / 4

    Figures q1 = report(d, PeriodType.QUARTER, day(2026, 2, 1), Breakdown.UNIT).total();
    assertThat(q1.accepted()).isEqualTo(16);
    assertThat(q1.due()).isEqualTo(5);
    assertThat(q1.closingRate()).isEqualTo(0.8); // (1 + 3) / 5
    assertThat(report(d, PeriodType.YEAR, day(2025, 6, 1), Breakdown.UNIT).total().accepted())
        .isEqualTo(12);

    // a day with nothing followed up and nothing dispatched: those rates are null ("—")
    Report sunday = report(d, PeriodType.DAY, day(2026, 3, 8), Breakdown.UNIT);
    assertThat(sunday.total().satisfactionRate()).isNull();
    assertThat(sunday.total().signingRate()).isNull();
    assertThat(sunday.total().onTimeRate()).isEqualTo(1.0);
    assertThat(sunday.acceptedChange()).isNull(); // Saturday had nothing
    // an empty day: no rows, every rate null
    Report empty = report(d, PeriodType.DAY, day(2026, 3, 4), Breakdown.UNIT);
    assertThat(empty.rows()).isEmpty();
    assertThat(empty.total().closingRate()).isNull();
    assertThat(empty.total().averageHours()).isNull();

    // the trend: twelve weeks ending with W10, the last two holding 3 and 6 accepted
    assertThat(week.trend()).hasSize(12);
    assertThat(week.trend().get(11).accepted()).isEqualTo(6);
    assertThat(week.trend().get(10).accepted()).isEqualTo(3);
    assertThat(week.trend().get(11).closed()).isEqualTo(4);
  }

  @Test
  void breakdownsNameTheirRowsAndCasesWithoutAUnitGetTheirOwnRow() {
    TestData d = TestData.create();
    long c = d.community;
    LocalDate monday = day(2026, 5, 11);
    daily(monday, WATER, "PHONE", d.grid, c, d.unit, 3, 0, 2, 1, 2, 1, 1, 0, 8, 2, 1, 1, 3, 2);
    daily(monday, SANITATION, "WINDOW", d.grid, c, null, 1, 0, 1, 1, 0, 0, 0, 0, 2, 1, 1, 0, 0, 0);

    login.as(d.communityOfficial);
    List<ReportRow> byUnit = report(d, PeriodType.WEEK, monday, Breakdown.UNIT).rows();
    assertThat(byUnit).extracting(ReportRow::key).containsExactly(String.valueOf(d.unit), null);
    ReportRow property = byUnit.get(0);
    assertThat(property.name().zh()).isEqualTo("测试物业" + d.suffix);
    assertThat(property.figures().dispatched()).isEqualTo(3);
    assertThat(property.figures().closedOnTime()).isEqualTo(1);
    assertThat(property.figures().closedLate()).isEqualTo(1);
    assertThat(property.figures().unresolved()).isEqualTo(1);
    assertThat(property.figures().dissatisfactionRate()).isEqualTo(0.5);
    assertThat(byUnit.get(1).name()).isNull();

    Report byChannel = report(d, PeriodType.WEEK, monday, Breakdown.CHANNEL);
    assertThat(byChannel.rows()).extracting(ReportRow::key).containsExactly("PHONE", "WINDOW");
    List<ReportRow> byCategory = report(d, PeriodType.WEEK, monday, Breakdown.CATEGORY).rows();
    assertThat(byCategory.get(0).name().zh()).isEqualTo("供水");
    assertThat(byChannel.hotCategories())
        .extracting(HotCategory::categoryId, HotCategory::accepted)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(WATER, 3L),
            org.assertj.core.groups.Tuple.tuple(SANITATION, 1L));
    assertThat(report(d, PeriodType.WEEK, monday, Breakdown.GRID).rows())
        .singleElement()
        .satisfies(r -> assertThat(r.figures().accepted()).isEqualTo(4));
  }

  @Test
  void theLeagueTableRanksByWeightedScoreAndNamesTheBottomThree() {
    TestData d = TestData.create();
    long c = d.community;
    LocalDate day = day(2026, 6, 10);
    // r of 10 due resolved, closed on time and not overdue: the score is r / 10 with any weights
    long[] units = new long[5];
    int[] r = {7, 1, 9, 3, 5};
    for (int i = 0; i < units.length; i++) {
      units[i] = unit(d, "单位" + r[i]);
      daily(
          day, WATER, "PHONE", d.grid, c, units[i], 10, 0, 10, r[i], 0, 0, 0, 0, 0, 10, r[i],
          10 - r[i], 0, 0);
    }
    // a unit with nothing due, closed or dispatched has no score and no rank
    long idle = unit(d, "无数据单位");
    daily(day, WATER, "PHONE", d.grid, c, idle, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    login.as(d.subdistrictOfficial);
    Report report = report(d, PeriodType.MONTH, day, Breakdown.UNIT);
    List<RankedRow> league = report.unitLeague();
    assertThat(league)
        .extracting(x -> x.row().name().zh())
        .containsExactly(
            "单位9" + d.suffix,
            "单位7" + d.suffix,
            "单位5" + d.suffix,
            "单位3" + d.suffix,
            "单位1" + d.suffix,
            "无数据单位" + d.suffix);
    assertThat(league).extracting(RankedRow::rank).containsExactly(1, 2, 3, 4, 5, 0);
    assertThat(league)
        .extracting(RankedRow::bottom)
        .containsExactly(false, false, true, true, true, false);
    assertThat(league.get(0).score()).isCloseTo(0.9, within(1e-9));
    assertThat(league.get(5).score()).isNull();
    // one grid: ranked, but nobody to be the bottom three of
    assertThat(report.gridLeague())
        .singleElement()
        .satisfies(g -> assertThat(g.bottom()).isFalse());
  }

  private static void committee(
      LocalDate day, long community, Long grid, long meetings, long visits, String hours) {
    TestData.update(
        "insert into report_daily_committee (report_day, community_id, grid_id, meetings,"
            + " decisions_done, pairing_visits, pairing_visits_on_time, parts_claimed,"
            + " projects_completed, volunteer_hours, mediations_ended, mediation_agreements,"
            + " execution_id) values (?, ?, ?, ?, 1, ?, 1, 2, 0, ?, 1, 1, 0)",
        day,
        community,
        grid,
        meetings,
        visits,
        new java.math.BigDecimal(hours));
  }

  @Test
  void theCommitteesWorkIsSummedOverThePeriodWithinTheCallersScope() {
    TestData d = TestData.create();
    committee(day(2026, 5, 11), d.community, null, 1, 0, "0"); // a meeting: no grid
    committee(day(2026, 5, 12), d.community, d.grid, 0, 3, "12.5");
    committee(day(2026, 5, 17), d.community, d.grid, 0, 2, "4"); // Sunday: same week
    committee(day(2026, 5, 18), d.community, d.grid, 0, 5, "100"); // next week
    committee(day(2026, 5, 12), d.otherCommunity, null, 7, 9, "70");

    login.as(d.communityOfficial);
    org.casedesk.reports.CommitteeFigures week =
        report(d, PeriodType.WEEK, day(2026, 5, 13), Breakdown.GRID).committee();
    assertThat(week.meetings()).isEqualTo(1);
    assertThat(week.decisionsDone()).isEqualTo(3);
    assertThat(week.pairingVisits()).isEqualTo(5);
    assertThat(week.pairingVisitsOnTime()).isEqualTo(3);
    assertThat(week.partsClaimed()).isEqualTo(6);
    assertThat(week.volunteerHours()).isEqualByComparingTo("16.5");
    assertThat(week.mediationAgreements()).isEqualTo(3);
    assertThat(report(d, PeriodType.WEEK, day(2026, 5, 20), Breakdown.GRID).committeePrevious())
        .isEqualTo(week);
    // at the grid level the community's meetings drop out
    assertThat(
            reports
                .report(
                    new ReportQuery(
                        PeriodType.WEEK, day(2026, 5, 13), Level.GRID, d.grid, Breakdown.GRID))
                .committee()
                .meetings())
        .isZero();
    // the other community's work is not the official's: the whole sub-district is theirs alone
    assertThat(
            reports
                .report(
                    new ReportQuery(
                        PeriodType.WEEK, day(2026, 5, 13), Level.SUBDISTRICT, null, Breakdown.GRID))
                .committee()
                .meetings())
        .isEqualTo(1);
    // an empty period
    assertThat(report(d, PeriodType.WEEK, day(2026, 4, 1), Breakdown.GRID).committee())
        .isEqualTo(org.casedesk.reports.CommitteeFigures.NONE);
  }

  @Test
  void communityOfficialsOnlyEverGetTheirOwnCommunitysRows() {
    TestData d = TestData.create();
    long otherGrid = TestData.queryLong("select grid_id from area_node where id = ?", d.otherFlat);
    LocalDate day = day(2026, 7, 1);
    daily(
        day, WATER, "PHONE", d.grid, d.community, d.unit, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    daily(
        day,
        WATER,
        "PHONE",
        otherGrid,
        d.otherCommunity,
        null,
        5,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0);

    login.as(d.communityOfficial);
    ReportQuery other =
        new ReportQuery(
            PeriodType.DAY, day, Level.COMMUNITY, d.otherCommunity, Breakdown.COMMUNITY);
    assertThat(reports.report(other).rows()).isEmpty();
    assertThat(reports.report(other).total().accepted()).isZero();
    assertThat(
            reports
                .report(new ReportQuery(PeriodType.DAY, day, Level.GRID, otherGrid, Breakdown.GRID))
                .total()
                .accepted())
        .isZero();
    // the whole sub-district, as a community official, is their own community alone
    Report all =
        reports.report(
            new ReportQuery(PeriodType.DAY, day, Level.SUBDISTRICT, null, Breakdown.COMMUNITY));
    assertThat(all.rows()).extracting(ReportRow::key).containsExactly(String.valueOf(d.community));
    assertThat(all.total().accepted()).isEqualTo(2);
    assertThat(reports.areas(org.casedesk.areas.AreaKind.COMMUNITY))
        .extracting(a -> a.id())
        .containsExactly(d.community);

    login.as(d.otherOfficial);
    assertThat(reports.report(other).total().accepted()).isEqualTo(5);
    login.as(d.subdistrictOfficial);
    assertThat(reports.report(other).total().accepted()).isEqualTo(5);

    login.as(d.handler);
    assertThatThrownBy(() -> reports.report(other)).isInstanceOf(EJBAccessException.class);
    login.as(d.communityOfficial);
    assertThatThrownBy(
            () ->
                reports.report(
                    new ReportQuery(PeriodType.DAY, day, Level.COMMUNITY, null, Breakdown.UNIT)))
        .isInstanceOf(BusinessException.class);
  }

  @Test
  void exportsAreWrittenToTheAuditLog() {
    TestData d = TestData.create();
    login.as(d.subdistrictOfficial);
    reports.export(
        new ReportQuery(
            PeriodType.MONTH, day(2026, 3, 1), Level.COMMUNITY, d.community, Breakdown.UNIT),
        "XLSX");
    assertThat(
            TestData.queryString(
                "select a.detail from audit_log a join app_user u on u.id = a.actor_id"
                    + " where u.username = ? and a.action = 'EXPORT_REPORT'",
                d.subdistrictOfficial))
        .isEqualTo("XLSX MONTH 2026-03 COMMUNITY " + d.community + " UNIT");
  }
}
