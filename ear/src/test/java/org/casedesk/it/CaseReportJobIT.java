package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.Login;
import org.casedesk.it.support.ReportRuns;
import org.casedesk.it.support.TestData;
import org.casedesk.reports.JobExecutionItem;
import org.casedesk.reports.RebuildRequest.RunReason;
import org.casedesk.reports.ReportJobs;
import org.casedesk.reports.SnapshotWriter;
import org.casedesk.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The case-report job on a hand-built set of cases around the 2026 National Day holiday (Oct 1–7
 * off, Sat Oct 10 a make-up working day), whose figures are worked out by hand in the comments: day
 * boundaries at 23:59:59 and 00:00:00, working hours across the holiday and the make-up day, a
 * re-handled case, a returned and extended case closed late, an anonymous case, a direct answer, a
 * repeat, a late resolution of an earlier due day, an empty day. Then idempotency, the restart from
 * a checkpoint, the recovery of an execution cut off by a crash, the nightly plan and rights.
 */
@ExtendWith(ArquillianExtension.class)
class CaseReportJobIT {

  private static final LocalDate FIRST = LocalDate.of(2026, 9, 30);
  private static final LocalDate LAST = LocalDate.of(2026, 10, 16);
  private static final long CONSULT = 1;
  private static final long WATER = 2;
  private static final long TRAFFIC = 3;

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(CaseReportJobIT.class, ReportRuns.class);
  }

  @EJB private ReportJobs jobs;
  @Inject private SnapshotWriter writer;
  @Inject private Login login;

  /**
   * The six cases; all at the test's flat, handled by its handler (of its member unit). Repeats
   * (same flat and category, the earlier one within 30 days): A of F, C of A, E of B.
   */
  private static void buildCases(TestData d) {
    // A: dispatched 09-30 23:00, signed 10-08 02:00 = 1 + 2 working hours (Oct 1–7 off): on time.
    // Resolved 10-09 12:00 before its due time (24:00 of 10-09); closed 10-10 23:59:59; satisfied.
    // Working hours accepted → resolved: 14 (09-30) + 24 (10-08) + 12 (10-09) = 50.
    long a =
        kase(
            d,
            WATER,
            "09-30 10:00",
            "CLOSED",
            "10-10 00:00",
            "10-09 12:00",
            "10-10 23:59:59",
            "SATISFIED",
            0,
            false,
            null);
    move(d, a, "09-30 23:00", "DISPATCHED");
    move(d, a, "10-08 02:00", "SIGNED");
    // B: dispatched 10-09 08:30, signed 09:00: on time. Sent back once, resolved again 10-10 10:00
    // (make-up Saturday), due 24:00 of 10-12, closed at 00:00:00 of 10-11, basically satisfied.
    // Working hours: 16 (10-09) + 10 (10-10) = 26.
    long b =
        kase(
            d,
            TRAFFIC,
            "10-09 08:00",
            "CLOSED",
            "10-13 00:00",
            "10-10 10:00",
            "10-11 00:00:00",
            "BASICALLY_SATISFIED",
            1,
            false,
            null);
    move(d, b, "10-09 08:30", "DISPATCHED");
    move(d, b, "10-09 09:00", "SIGNED");
    // C: anonymous; dispatched 10-08 09:00, returned, dispatched again 10-09 09:00, signed 15:00
    // (6 working hours: late; the first dispatch was never signed for). Extended to 24:00 of
    // 10-15, resolved late 10-16 10:00, closed 10-16 12:00 without a follow-up.
    // Working hours: 15 + 24 + 24 (make-up Sat) + 0 (Sun) + 4 × 24 + 10 = 169.
    long c =
        kase(
            d,
            WATER,
            "10-08 09:00",
            "CLOSED",
            "10-16 00:00",
            "10-16 10:00",
            "10-16 12:00",
            null,
            0,
            true,
            null);
    move(d, c, "10-08 09:00", "DISPATCHED");
    move(d, c, "10-08 11:00", "RETURNED");
    move(d, c, "10-09 09:00", "DISPATCHED");
    move(d, c, "10-09 15:00", "SIGNED");
    // D: answered at the desk: counted as accepted and answered, left out of closed and due.
    long dd =
        kase(
            d,
            CONSULT,
            "10-09 11:00",
            "CLOSED",
            null,
            "10-09 11:00",
            "10-09 11:00",
            null,
            0,
            false,
            null);
    TestData.update("update work_case set dispatched_at = null where id = ?", dd);
    // E: same flat and category as B, 6 hours later: a repeat of B. Dispatched, never signed for,
    // due 24:00 of 10-15, still open: overdue.
    long e =
        kase(
            d,
            TRAFFIC,
            "10-09 14:00",
            "DISPATCHED",
            "10-16 00:00",
            null,
            null,
            null,
            0,
            false,
            null);
    move(d, e, "10-09 14:00", "DISPATCHED");
    // F: accepted before the range, due 24:00 of 10-09, resolved 10-12: a late resolution.
    kase(
        d,
        WATER,
        "09-28 09:00",
        "RESOLVED",
        "10-10 00:00",
        "10-12 09:00",
        null,
        null,
        0,
        false,
        null);
  }

  @Test
  void handBuiltCasesGiveTheFiguresWorkedOutByHand() throws Exception {
    TestData d = TestData.create();
    buildCases(d);
    login.as(d.admin);
    assertThat(runAndWait(jobs.startReport(FIRST, LAST, null)).status()).isEqualTo("COMPLETED");

    // 09-30: A (a repeat of F) accepted and dispatched, signed for in 3 working hours across the
    // holiday.
    assertFacts(d, "09-30", "accepted=1 repeated=1 dispatched=1 signed_on_time=1 closed=0 due=0");
    // 10-08: C (a repeat of A) accepted and dispatched (not signed for within 4 h of it).
    assertFacts(d, "10-08", "accepted=1 repeated=1 dispatched=1 signed_on_time=0");
    // 10-09: B, D, E accepted; E repeats B; D answered at once. Dispatches B, C (again), E; only
    // B signed in time. Due: A (resolved that day, on time) and F (not resolved that day).
    assertFacts(
        d,
        "10-09",
        "accepted=3 repeated=1 answered=1 dispatched=3 signed_on_time=1 closed=0"
            + " due=2 due_resolved=1 due_overdue=1");
    // 10-10 (make-up Saturday): A closed at 23:59:59 — on time, followed up, satisfied, 50 h.
    assertFacts(
        d,
        "10-10",
        "closed=1 closed_on_time=1 followed_up=1 satisfied=1 dissatisfied=0 sent_back=0"
            + " handling_hours=50");
    // 10-11: B closed at 00:00:00 belongs to the 11th; sent back once; 26 h.
    assertFacts(
        d,
        "10-11",
        "closed=1 closed_on_time=1 followed_up=1 satisfied=1 sent_back=1 handling_hours=26");
    // 10-12: B due (24:00 of the 12th), resolved before.
    assertFacts(d, "10-12", "due=1 due_resolved=1 due_overdue=0 closed=0");
    // 10-13: an empty day: no facts, but a recorded run.
    assertThat(factRows(d, "10-13")).isZero();
    assertThat(
            TestData.queryLong(
                "select count(*) from report_run where report_day = ?", LocalDate.of(2026, 10, 13)))
        .isPositive();
    // 10-15: C and E due; neither resolved by its due time.
    assertFacts(d, "10-15", "due=2 due_resolved=0 due_overdue=2");
    // 10-16: C closed late (resolved after its extended due time), anonymous, no follow-up, 169 h.
    assertFacts(
        d,
        "10-16",
        "closed=1 closed_on_time=0 followed_up=0 satisfied=0 sent_back=0 handling_hours=169");
    // Late resolutions: F (due 10-09) on 10-12, C (due 10-15) on 10-16.
    assertThat(lateRows(d)).containsExactly("2026-10-12/2026-10-09=1", "2026-10-16/2026-10-15=1");
    // October as a whole: due A, F, B, C, E = 5; resolved by the end of October: same-day A, B
    // plus the late F and C = 4 (办结率 4/5); overdue F, C, E (超期率 3/5).
    assertThat(sum(d, "due", "2026-10-01", "2026-10-31")).isEqualTo(5);
    assertThat(
            sum(d, "due_resolved", "2026-10-01", "2026-10-31")
                + TestData.queryLong(
                    "select coalesce(sum(resolved), 0) from report_daily_late where grid_id = ?"
                        + " and report_day between ? and ? and due_day between ? and ?",
                    d.grid,
                    LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 10, 31),
                    LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 10, 31)))
        .isEqualTo(4);
    assertThat(sum(d, "due_overdue", "2026-10-01", "2026-10-31")).isEqualTo(3);
    // Every fact counts under the handler's member unit.
    assertThat(
            TestData.queryLong(
                "select count(*) from report_daily where grid_id = ? and (unit_id is null or"
                    + " unit_id <> ?)",
                d.grid,
                d.unit))
        .isZero();
  }

  @Test
  void reRunningTheDaysGivesIdenticalFiguresAndRecordsTheReRun() throws Exception {
    TestData d = TestData.create();
    buildCases(d);
    login.as(d.admin);
    long first = runAndWait(jobs.startReport(FIRST, LAST, null)).executionId();
    List<String> before = facts(d);

    long second = runAndWait(jobs.startReport(FIRST, LAST, null)).executionId();

    assertThat(facts(d)).isEqualTo(before).isNotEmpty();
    assertThat(runs(first)).isEqualTo(runs(second)).isEqualTo(17);
  }

  @Test
  void aFailedRunRestartsFromItsCheckpointAndGivesTheSameFigures() throws Exception {
    TestData d = TestData.create();
    buildCases(d);
    // 411 days: chunks of 366 days, 2025-09-01..2026-09-01 and 09-02..10-16
    LocalDate from = LocalDate.of(2025, 9, 1);
    login.as(d.admin);
    runAndWait(jobs.startReport(from, LAST, null));
    List<String> uninterrupted = facts(d);

    JobExecutionItem failed = runAndWait(jobs.startReport(from, LAST, LocalDate.of(2026, 10, 10)));
    assertThat(failed.status()).isEqualTo("FAILED");
    assertThat(failed.exitStatus()).contains("failOnDay");
    assertThat(runs(failed.executionId())).isEqualTo(366); // the first chunk was committed
    assertThat(failed.daysDone()).isEqualTo(366);

    JobExecutionItem restarted = runAndWait(jobs.restart(failed.executionId()));
    assertThat(restarted.status()).isEqualTo("COMPLETED");
    assertThat(runs(restarted.executionId())).isEqualTo(45); // only the days after the checkpoint
    assertThat(restarted.daysDone()).as("%s", jobs.executions(3)).isEqualTo(411);
    assertThat(facts(d)).isEqualTo(uninterrupted);
  }

  @Test
  void anExecutionCutOffByACrashIsMarkedFailedAndItsRemainingDaysAreRunAgain() throws Exception {
    TestData d = TestData.create();
    buildCases(d);
    login.as(d.admin);
    long cut = runAndWait(jobs.startReport(FIRST, LAST, null)).executionId();
    List<String> whole = facts(d);
    // as if the server had been killed two hours ago while the days from 10-10 were unwritten
    TestData.update(
        "delete from report_daily where grid_id = ? and report_day >= ?",
        d.grid,
        LocalDate.of(2026, 10, 10));
    TestData.update(
        "delete from report_run where execution_id = ? and report_day >= ?",
        cut,
        LocalDate.of(2026, 10, 10));
    TestData.update(
        "update jbatchexecutioninstancedata set batchstatus = 'STARTED', endtime = null,"
            + " starttime = localtimestamp - interval '2 hours' where jobexecid = ?",
        cut);
    // ...meanwhile nobody may start those days by hand? The cut-off execution does not block:
    List<Long> resumed = new ArrayList<>(jobs.recoverCrashed());
    if (resumed.isEmpty()) { // the start-up check got there first
      resumed.add(newestExecutionAfter(cut));
    }
    assertThat(resumed).hasSize(1);
    assertThat(runAndWait(resumed.get(0)).status()).isEqualTo("COMPLETED");
    assertThat(
            TestData.queryString(
                "select batchstatus || '/' || exitstatus from jbatchexecutioninstancedata"
                    + " where jobexecid = ?",
                cut))
        .isEqualTo("FAILED/CRASHED");
    assertThat(runs(resumed.get(0))).isEqualTo(7); // 10-10 .. 10-16
    assertThat(facts(d)).isEqualTo(whole);
  }

  @Test
  void theCommitteesWorkOfADayIsCountedPerCommunityAndGrid() throws Exception {
    TestData d = TestData.create();
    LocalDate day = LocalDate.of(2026, 8, 5);
    Timestamp morning = Timestamp.valueOf(day.atTime(9, 0));
    long admin = TestData.queryLong("select id from app_user where username = ?", d.admin);
    // a meeting that day with two decisions, one of them done that day
    long meeting = TestData.nextId("meeting_seq");
    TestData.update(
        "insert into meeting (id, community_id, title, held_on, created_by, created_at)"
            + " values (?, ?, '报表测试会议', ?, ?, ?)",
        meeting,
        d.community,
        day,
        admin,
        morning);
    long item = TestData.nextId("meeting_seq");
    TestData.update(
        "insert into agenda_item (id, meeting_id, topic, created_at) values (?, ?, '议题', ?)",
        item,
        meeting,
        morning);
    for (Timestamp done : new Timestamp[] {Timestamp.valueOf(day.atTime(17, 0)), null}) {
      TestData.update(
          "insert into decision (id, meeting_id, agenda_item_id, community_id, text, due_on,"
              + " created_at, done_at) values (?, ?, ?, ?, '决议', ?, ?, ?)",
          TestData.nextId("meeting_seq"),
          meeting,
          item,
          d.community,
          day.plusDays(7),
          morning,
          done);
    }
    // two pairing visits in the test's grid, one of them late
    long member = TestData.nextId("member_seq");
    TestData.update(
        "insert into committee_member (id, name, committee_role, community_id, grid_id)"
            + " values (?, '测试委员', 'MEMBER', ?, ?)",
        member,
        d.community,
        d.grid);
    long resident = d.resident("测试老人", "13800138000", "老党员");
    long pairing = TestData.nextId("pairing_seq");
    TestData.update(
        "insert into pairing (id, member_id, resident_id, tag, community_id, grid_id, started_on,"
            + " created_by, created_at) values (?, ?, ?, '老党员', ?, ?, ?, ?, ?)",
        pairing,
        member,
        resident,
        d.community,
        d.grid,
        day.minusDays(60),
        admin,
        morning);
    for (boolean onTime : new boolean[] {true, false}) {
      TestData.update(
          "insert into pairing_visit (id, pairing_id, visited_on, form, notes, on_time,"
              + " recorded_by, recorded_at, community_id, grid_id)"
              + " values (?, ?, ?, 'HOME_VISIT', '走访', ?, ?, ?, ?, ?)",
          TestData.nextId("pairing_visit_seq"),
          pairing,
          day,
          onTime,
          admin,
          morning,
          d.community,
          d.grid);
    }
    // a project completed that day, one part claimed that day and one the day before
    long project = TestData.nextId("project_seq");
    TestData.update(
        "insert into project (id, title, description, community_id, grid_id, status, created_by,"
            + " created_at, completed_at) values (?, '测试项目', '绿化', ?, ?, 'COMPLETED', ?, ?, ?)",
        project,
        d.community,
        d.grid,
        admin,
        morning,
        Timestamp.valueOf(day.atTime(15, 0)));
    for (Timestamp claimed :
        new Timestamp[] {morning, Timestamp.valueOf(day.minusDays(1).atTime(9, 0))}) {
      TestData.update(
          "insert into project_part (id, project_id, name, unit_id, claimed_at)"
              + " values (?, ?, '一段', ?, ?)",
          TestData.nextId("project_part_seq"),
          project,
          d.unit,
          claimed);
    }
    // a mediation that ended in an agreement that day
    long dispute =
        kase(d, WATER, "08-01 10:00", "HANDLING", null, null, null, null, 0, false, null);
    TestData.update(
        "insert into mediation (id, case_id, community_id, grid_id, parties, outcome, outcome_at,"
            + " created_by, created_at) values (?, ?, ?, ?, '甲、乙', 'AGREEMENT', ?, ?, ?)",
        TestData.nextId("mediation_seq"),
        dispute,
        d.community,
        d.grid,
        Timestamp.valueOf(day.atTime(16, 0)),
        admin,
        morning);

    // a volunteer activity in the grid that day: 2.5 + 3 hours
    long activity = TestData.nextId("volunteer_activity_seq");
    TestData.update(
        "insert into volunteer_activity (id, community_id, grid_id, type, title, held_at,"
            + " created_by, created_at) values (?, ?, ?, 'COURTYARD_CLEANUP', '楼院清扫', ?, ?, ?)",
        activity,
        d.community,
        d.grid,
        Timestamp.valueOf(day.atTime(8, 30)),
        admin,
        morning);
    for (String hours : new String[] {"2.5", "3"}) {
      TestData.update(
          "insert into activity_participant (id, activity_id, name, hours) values (?, ?, '志愿者', ?)",
          TestData.nextId("activity_participant_seq"),
          activity,
          new java.math.BigDecimal(hours));
    }

    login.as(d.admin);
    assertThat(runAndWait(jobs.startReport(day.minusDays(1), day, null)).status())
        .isEqualTo("COMPLETED");

    assertThat(
            strings(
                "select meetings || ' ' || decisions_done || ' ' || pairing_visits || ' ' ||"
                    + " pairing_visits_on_time || ' ' || parts_claimed || ' ' || projects_completed"
                    + " || ' ' || volunteer_hours || ' ' || mediations_ended || ' ' ||"
                    + " mediation_agreements || ' ' ||"
                    + " coalesce(grid_id, 0) from report_daily_committee where community_id = ?"
                    + " and report_day = '2026-08-05' order by grid_id nulls first",
                d.community))
        .containsExactly("1 1 0 0 0 0 0.00 0 0 0", "0 0 2 1 1 1 5.50 1 1 " + d.grid);
    assertThat(
            TestData.queryLong(
                "select sum(parts_claimed) from report_daily_committee where community_id = ?"
                    + " and report_day = ?",
                d.community,
                day.minusDays(1)))
        .isEqualTo(1);
  }

  @Test
  void aRunInProgressRefusesASecondRunForItsDays() throws Exception {
    TestData d = TestData.create();
    LocalDate day = LocalDate.of(2019, 1, 1).plusDays(new java.util.Random().nextInt(300));
    login.as(d.admin);
    long first = runAndWait(jobs.startDailyReport(day)).executionId();
    TestData.update(
        "update jbatchexecutioninstancedata set batchstatus = 'STARTED', endtime = null,"
            + " starttime = localtimestamp where jobexecid = ?",
        first);
    try {
      assertThatThrownBy(() -> jobs.startReport(day.minusDays(3), day, null))
          .isInstanceOf(BusinessException.class)
          .hasMessageStartingWith("job.alreadyRunning");
    } finally {
      TestData.update(
          "update jbatchexecutioninstancedata set batchstatus = 'COMPLETED', endtime = starttime"
              + " where jobexecid = ?",
          first);
    }
  }

  @Test
  void theNightlyPlanFindsADayWhoseCasesChangedAfterItWasReported() throws Exception {
    TestData d = TestData.create();
    LocalDate today = LocalDate.now(WorkCalendar.ZONE);
    LocalDate day = today.minusDays(3);
    long id = kase(d, WATER, null, "CLOSED", null, null, null, "SATISFIED", 0, false, null);
    LocalDateTime closed = day.atTime(10, 0);
    TestData.update(
        "update work_case set accepted_at = ?, dispatched_at = ?, due_at = ?, resolved_at = ?,"
            + " closed_at = ? where id = ?",
        Timestamp.valueOf(closed.minusDays(1)),
        Timestamp.valueOf(closed.minusDays(1)),
        Timestamp.valueOf(closed.plusDays(2)),
        Timestamp.valueOf(closed),
        Timestamp.valueOf(closed),
        id);
    login.as(d.admin);
    runAndWait(jobs.startDailyReport(day));
    assertThat(writer.nightlyPlan(today)).doesNotContainEntry(day, RunReason.CHANGED);

    // a note written now on that case (e.g. a late correction) makes the day stale
    Thread.sleep(1100);
    move(d, id, null, "CLOSED");
    assertThat(writer.nightlyPlan(today)).containsEntry(day, RunReason.CHANGED);
  }

  /**
   * The case model in November 2026 (a month without holidays): an invalid case, a case closed
   * dissatisfied after review, one sent back twice, one due at 24:00 on the last day of the month,
   * and an extension approved after its old due day was reported.
   */
  @Test
  void invalidDissatisfiedAndSentBackCasesCountAsDomainMdDefines() throws Exception {
    TestData d = TestData.create();
    // G: dispatched, then marked invalid: counted as accepted, in nothing else (not its dispatch,
    // not due on 11-26).
    long g =
        kase(d, WATER, "11-23 09:00", "INVALID", "11-27 00:00", null, null, null, 0, false, null);
    move(d, g, "11-23 09:10", "DISPATCHED");
    TestData.update(
        "update work_case set invalid_reason_id = 1, invalid_at = ? where id = ?",
        ts("11-23 11:00"),
        g);
    // H: resolved on time, the resident stays dissatisfied, closed dissatisfied after review 11-25.
    kase(
        d,
        WATER,
        "11-23 10:00",
        "CLOSED",
        "11-26 00:00",
        "11-24 10:00",
        "11-25 15:00",
        "DISSATISFIED",
        0,
        false,
        null);
    // I: sent back twice, then closed satisfied on 11-26: 发回重办 counts the case once.
    kase(
        d,
        TRAFFIC,
        "11-24 09:00",
        "CLOSED",
        "11-28 00:00",
        "11-26 09:00",
        "11-26 12:00",
        "SATISFIED",
        2,
        false,
        null);
    // J: due at 24:00 of 11-30 (stored as 12-01 00:00), still open: due and overdue in November.
    long j =
        kase(
            d,
            CONSULT,
            "11-25 09:00",
            "DISPATCHED",
            "12-01 00:00",
            null,
            null,
            null,
            0,
            false,
            null);
    move(d, j, "11-25 09:05", "DISPATCHED");
    // K: due 24:00 of 11-26, open; an extension is approved after that day was reported.
    long k =
        kase(
            d, CONSULT, "11-20 09:00", "HANDLING", "11-27 00:00", null, null, null, 0, false, null);
    login.as(d.admin);
    assertThat(
            runAndWait(
                    jobs.startReport(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 30), null))
                .status())
        .isEqualTo("COMPLETED");

    assertFacts(d, "11-23", "accepted=2 dispatched=0");
    assertFacts(d, "11-25", "dispatched=1");
    // 11-26: K due (G, invalid, left out), I closed after two send-backs
    assertFacts(d, "11-26", "due=1 due_overdue=1 closed=1 sent_back=1 followed_up=1 satisfied=1");
    // 11-25: H closed: followed up, dissatisfied, not satisfied; H was due on 11-25, resolved
    assertFacts(
        d,
        "11-25",
        "closed=1 closed_on_time=1 followed_up=1 satisfied=0 dissatisfied=1 sent_back=0 due=1"
            + " due_resolved=1");
    assertFacts(d, "11-30", "due=1 due_overdue=1");
    // November: accepted G, H, I, J, K = 5; closed H, I; 满意率 1 of 2 followed up
    assertThat(sum(d, "accepted", "2026-11-01", "2026-11-30")).isEqualTo(5);
    assertThat(sum(d, "closed", "2026-11-01", "2026-11-30")).isEqualTo(2);
    assertThat(sum(d, "satisfied", "2026-11-01", "2026-11-30")).isEqualTo(1);
    assertThat(sum(d, "followed_up", "2026-11-01", "2026-11-30")).isEqualTo(2);
    assertThat(sum(d, "due", "2026-11-01", "2026-11-30")).isEqualTo(4);

    // the extension moves K's due time to 24:00 of 12-02; the day it used to be due on is re-run
    Thread.sleep(1100);
    TestData.update("update work_case set due_at = ? where id = ?", ts("12-03 00:00"), k);
    TestData.update(
        "insert into case_history (id, case_id, actor_id, acted_at, from_state, to_state, action,"
            + " note, previous_due_at) values (?, ?, (select id from app_user where username = ?),"
            + " ?, 'HANDLING', 'HANDLING', 'EXTENSION_APPROVED', '4: 同意', ?)",
        TestData.nextId("history_seq"),
        k,
        d.communityOfficial,
        Timestamp.valueOf(LocalDateTime.now(WorkCalendar.ZONE)),
        ts("11-27 00:00"));
    assertThat(writer.nightlyPlan(LocalDate.of(2026, 12, 1)))
        .containsEntry(LocalDate.of(2026, 11, 26), RunReason.CHANGED);
  }

  @Test
  void executionsOlderThanTheKeepingPeriodArePurgedButTheirRunsAreKept() throws Exception {
    TestData d = TestData.create();
    LocalDate day = LocalDate.of(2018, 1, 1).plusDays(new java.util.Random().nextInt(300));
    login.as(d.admin);
    long old = runAndWait(jobs.startDailyReport(day)).executionId();
    long recent = runAndWait(jobs.startDailyReport(day)).executionId();
    TestData.update(
        "update jbatchexecutioninstancedata set starttime = localtimestamp - interval '200 days',"
            + " endtime = localtimestamp - interval '200 days' where jobexecid = ?",
        old);

    assertThat(jobs.purgeOldExecutions()).isPositive();

    assertThat(jobs.executions(60)).extracting(JobExecutionItem::executionId).contains(recent);
    assertThat(jobs.executions(60)).extracting(JobExecutionItem::executionId).doesNotContain(old);
    assertThat(
            TestData.queryLong(
                "select count(*) from jbatchexecutioninstancedata where jobexecid = ?", old))
        .isZero();
    assertThat(runs(old)).isEqualTo(1);
  }

  @Test
  void aDayInTheFutureIsRefusedAndOnlyAdminsMayStartJobs() {
    TestData d = TestData.create();
    login.as(d.admin);
    assertThatThrownBy(() -> jobs.startDailyReport(LocalDate.now(WorkCalendar.ZONE).plusDays(1)))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("job.day.invalid");

    login.as(d.communityOfficial);
    assertThatThrownBy(() -> jobs.startDailyReport(LocalDate.now(WorkCalendar.ZONE)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> jobs.restart(1)).isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> jobs.purgeOldExecutions()).isInstanceOf(EJBAccessException.class);
  }

  // --- support ---

  private JobExecutionItem runAndWait(long executionId) throws InterruptedException {
    return ReportRuns.runAndWait(jobs, executionId);
  }

  private long newestExecutionAfter(long executionId) {
    return jobs.executions(40).stream()
        .mapToLong(JobExecutionItem::executionId)
        .filter(id -> id > executionId)
        .max()
        .orElseThrow();
  }

  private static long runs(long executionId) {
    return TestData.queryLong(
        "select count(*) from report_run where execution_id = ?", executionId);
  }

  private static LocalDateTime at(String monthDayTime) {
    String[] p = monthDayTime.split(" ");
    String time = p[1].length() == 5 ? p[1] + ":00" : p[1];
    return LocalDateTime.parse("2026-" + p[0] + "T" + time);
  }

  private static Timestamp ts(String monthDayTime) {
    return monthDayTime == null ? null : Timestamp.valueOf(at(monthDayTime));
  }

  private static long kase(
      TestData d,
      long category,
      String accepted,
      String state,
      String due,
      String resolved,
      String closed,
      String satisfaction,
      int sentBack,
      boolean anonymous,
      Long repeatOf) {
    long id = TestData.nextId("case_seq");
    Timestamp acceptedAt = accepted == null ? Timestamp.valueOf(LocalDateTime.now()) : ts(accepted);
    TestData.update(
        "insert into work_case (id, case_no, flat_id, grid_id, community_id, category_id, channel,"
            + " description, state, handler_id, created_by, accepted_at, dispatched_at, due_at,"
            + " resolved_at, closed_at, satisfaction, sent_back_count, anonymous, repeat_of_id,"
            + " location_id) values (?, ?, ?, ?, ?, ?, 'PHONE', '报表测试', ?,"
            + " (select id from app_user where username = ?),"
            + " (select id from app_user where username = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        "R" + id,
        d.flat,
        d.grid,
        d.community,
        category,
        state,
        d.handler,
        d.helpdesk,
        acceptedAt,
        acceptedAt,
        ts(due),
        ts(resolved),
        ts(closed),
        satisfaction,
        sentBack,
        anonymous,
        repeatOf,
        d.flat);
    return id;
  }

  /** A history row moving the case to {@code to} at the given time (null: now). */
  private static void move(TestData d, long caseId, String at, String to) {
    TestData.update(
        "insert into case_history (id, case_id, actor_id, acted_at, from_state, to_state, note)"
            + " values (?, ?, (select id from app_user where username = ?), ?, null, ?, '报表测试')",
        TestData.nextId("history_seq"),
        caseId,
        d.handler,
        at == null ? Timestamp.valueOf(LocalDateTime.now(WorkCalendar.ZONE)) : ts(at),
        to);
  }

  /** Checks "column=value ..." against the day's facts of the test's grid (summed over keys). */
  private static void assertFacts(TestData d, String monthDay, String expected) {
    for (String pair : expected.split(" ")) {
      String[] p = pair.split("=");
      assertThat(sum(d, p[0], "2026-" + monthDay, "2026-" + monthDay))
          .as("%s on %s", p[0], monthDay)
          .isEqualTo(Long.parseLong(p[1]));
    }
  }

  private static long sum(TestData d, String column, String from, String to) {
    return TestData.queryLong(
        "select coalesce(round(sum("
            + column
            + ")), 0) from report_daily where grid_id = ?"
            + " and report_day between ? and ?",
        d.grid,
        LocalDate.parse(from),
        LocalDate.parse(to));
  }

  private static long factRows(TestData d, String monthDay) {
    return TestData.queryLong(
        "select count(*) from report_daily where grid_id = ? and report_day = ?",
        d.grid,
        LocalDate.parse("2026-" + monthDay));
  }

  private static List<String> lateRows(TestData d) {
    return strings(
        "select report_day || '/' || due_day || '=' || resolved from report_daily_late"
            + " where grid_id = ? order by report_day",
        d.grid);
  }

  /** Every fact row of the test's grid, as text, in a fixed order. */
  private static List<String> facts(TestData d) {
    return strings(
        "select report_day || ' ' || category_id || ' ' || channel || ' ' || coalesce(unit_id, 0)"
            + " || ' ' || accepted || ' ' || repeated || ' ' || answered || ' ' || closed || ' ' ||"
            + " closed_on_time || ' ' || followed_up || ' ' || satisfied || ' ' || dissatisfied"
            + " || ' ' || sent_back || ' ' || handling_hours || ' ' || due || ' ' || due_resolved"
            + " || ' ' || due_overdue || ' ' || dispatched || ' ' || signed_on_time"
            + " from report_daily where grid_id = ? order by 1",
        d.grid);
  }

  private static List<String> strings(String sql, long grid) {
    List<String> rows = new ArrayList<>();
    try (Connection c = TestData.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, grid);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(r.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return rows;
  }
}
