package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.cases.CaseService;
import org.casedesk.cases.Channel;
import org.casedesk.cases.RegisterCase;
import org.casedesk.cases.Satisfaction;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.Login;
import org.casedesk.it.support.TestData;
import org.casedesk.reports.JobExecutionItem;
import org.casedesk.reports.ReportJobs;
import org.casedesk.reports.ReportService;
import org.casedesk.reports.SnapshotRow;
import org.casedesk.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** daily-case-report end to end: started, COMPLETED, snapshot rows right, re-run idempotent. */
@ExtendWith(ArquillianExtension.class)
class DailyReportJobIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(DailyReportJobIT.class);
  }

  @Inject private CaseService cases;
  @Inject private ReportService reports;
  @EJB private ReportJobs jobs;
  @Inject private Login login;

  /** Registers, handles, resolves and follows up one case, which closes it today. */
  private long closeOneCase(TestData d, Satisfaction answer) {
    login.as(d.helpdesk);
    long id =
        cases.register(
            new RegisterCase(
                null, null, d.flat, d.categoryWater, Channel.HOTLINE_12345, "供水压力不足", true));
    login.as(d.handler);
    cases.addNote(id, cases.detail(id).version(), "已联系自来水公司");
    cases.resolve(id, cases.detail(id).version(), "已恢复正常水压");
    login.as(d.helpdesk);
    cases.followUp(id, cases.detail(id).version(), answer, null);
    return id;
  }

  private JobExecutionItem runAndWait(LocalDate day) throws InterruptedException {
    long executionId = jobs.startDailyReport(day);
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      JobExecutionItem execution =
          jobs.executions(20).stream()
              .filter(e -> e.executionId() == executionId)
              .findFirst()
              .orElseThrow();
      if (execution.isFinished()) {
        return execution;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("daily-case-report did not finish within 90 s");
  }

  private List<SnapshotRow> rowsOfGrid(TestData d, LocalDate day) {
    String gridName = "测试网格" + d.suffix;
    return reports.dailySnapshot(day).stream().filter(r -> r.grid().equals(gridName)).toList();
  }

  @Test
  void jobCompletesAndFreezesTheDaysClosedCasesByCategoryAndGrid() throws Exception {
    TestData d = TestData.create();
    closeOneCase(d, Satisfaction.SATISFIED);
    closeOneCase(d, Satisfaction.BASICALLY_SATISFIED);
    LocalDate today = LocalDate.now(WorkCalendar.ZONE);

    login.as(d.admin);
    JobExecutionItem execution = runAndWait(today);
    assertThat(execution.status()).isEqualTo("COMPLETED");
    assertThat(execution.day()).isEqualTo(today);

    List<SnapshotRow> rows = rowsOfGrid(d, today);
    assertThat(rows).hasSize(1);
    SnapshotRow row = rows.get(0);
    assertThat(row.category().zh()).isEqualTo("供水");
    assertThat(row.closed()).isEqualTo(2);
    assertThat(row.closedOnTime()).isEqualTo(2);
    assertThat(row.followedUp()).isEqualTo(2);
    assertThat(row.satisfied()).isEqualTo(2);
    assertThat(row.sentBack()).isZero();
    assertThat(row.satisfactionRate()).isEqualTo(100.0);
  }

  @Test
  void reRunningADayGivesIdenticalFiguresAndRecordsTheRerun() throws Exception {
    TestData d = TestData.create();
    closeOneCase(d, Satisfaction.SATISFIED);
    LocalDate today = LocalDate.now(WorkCalendar.ZONE);
    login.as(d.admin);
    runAndWait(today);
    List<SnapshotRow> first = rowsOfGrid(d, today);
    long runsBefore =
        TestData.queryLong("select count(*) from report_run where report_day = ?", today);

    JobExecutionItem second = runAndWait(today);

    assertThat(second.status()).isEqualTo("COMPLETED");
    assertThat(rowsOfGrid(d, today)).isEqualTo(first);
    assertThat(TestData.queryLong("select count(*) from report_run where report_day = ?", today))
        .isEqualTo(runsBefore + 1);
  }

  @Test
  void aRunningDayRefusesASecondRunButAnExecutionCutOffByACrashDoesNotBlockIt() throws Exception {
    TestData d = TestData.create();
    LocalDate day = LocalDate.of(2019, 1, 1).plusDays(new java.util.Random().nextInt(300));
    login.as(d.admin);
    long first = runAndWait(day).executionId();
    long runs = TestData.queryLong("select count(*) from report_run where report_day = ?", day);

    // as if that execution were still running: a second start for the day is refused
    TestData.update(
        "update jbatchexecutioninstancedata set batchstatus = 'STARTED', endtime = null,"
            + " createtime = localtimestamp, starttime = localtimestamp where jobexecid = ?",
        first);
    assertThatThrownBy(() -> jobs.startDailyReport(day))
        .isInstanceOf(BusinessException.class)
        .hasMessageStartingWith("job.alreadyRunning");

    // as if the server had been killed two hours ago in the middle of it: a new run goes ahead
    TestData.update(
        "update jbatchexecutioninstancedata set createtime = localtimestamp - interval '2 hours',"
            + " starttime = localtimestamp - interval '2 hours' where jobexecid = ?",
        first);
    try {
      JobExecutionItem again = runAndWait(day);
      assertThat(again.executionId()).isNotEqualTo(first);
      assertThat(again.status()).isEqualTo("COMPLETED");
      assertThat(TestData.queryLong("select count(*) from report_run where report_day = ?", day))
          .isEqualTo(runs + 1);
    } finally {
      TestData.update(
          "update jbatchexecutioninstancedata set batchstatus = 'FAILED', endtime = starttime"
              + " where jobexecid = ?",
          first);
    }
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
  }

  @Test
  void communityOfficialsSeeOnlyTheirCommunitysSnapshot() throws Exception {
    TestData d = TestData.create();
    closeOneCase(d, Satisfaction.SATISFIED);
    LocalDate today = LocalDate.now(WorkCalendar.ZONE);
    login.as(d.admin);
    runAndWait(today);

    login.as(d.communityOfficial);
    assertThat(rowsOfGrid(d, today)).hasSize(1);
    login.as(d.otherOfficial);
    assertThat(rowsOfGrid(d, today)).isEmpty();
  }
}
