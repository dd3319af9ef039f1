package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.Login;
import org.casedesk.it.support.ReportRuns;
import org.casedesk.it.support.TestData;
import org.casedesk.reports.JobExecutionItem;
import org.casedesk.reports.ReportJobs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The report job's timer tick when something fails: the failure is logged, the timer stays, and the
 * cut-off execution is recovered by the next tick that works; the resumed execution names the one
 * it resumes, counts only the days it covers, and the crashed one ends at the right time.
 */
@ExtendWith(ArquillianExtension.class)
class ReportJobTickIT {

  private static final LocalDate FROM = LocalDate.of(2025, 3, 1);
  private static final LocalDate TO = LocalDate.of(2025, 3, 10);

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(ReportJobTickIT.class).addClass(ReportRuns.class);
  }

  @EJB private ReportJobs jobs;
  @Inject private Login login;

  @Test
  void aFailingTickIsLoggedAndTheNextTickRecoversTheCutOffExecution() throws Exception {
    TestData d = TestData.create();
    login.as(d.admin);
    assertThat(jobs.nextTick()).as("the tick's timer").isNotNull();
    long cut = ReportRuns.runAndWait(jobs, jobs.startReport(FROM, TO, null)).executionId();
    // as if the server had been killed a day ago after its first three days were committed
    TestData.update(
        "delete from report_run where execution_id = ? and report_day >= ?", cut, FROM.plusDays(3));
    TestData.update(
        "update jbatchexecutioninstancedata set batchstatus = 'STARTED', exitstatus = null,"
            + " endtime = null, starttime = starttime - interval '1 day' where jobexecid = ?",
        cut);

    // the database fails the tick (here: a table it reads is gone for a moment)
    TestData.update("alter table report_run rename to report_run_away");
    boolean ticked;
    try {
      ticked = jobs.runTick();
    } finally {
      TestData.update("alter table report_run_away rename to report_run");
    }
    assertThat(ticked).as("the failing tick reports failure instead of throwing").isFalse();
    assertThat(jobs.nextTick()).as("the timer is still there").isNotNull();
    assertThat(status(cut)).isEqualTo("STARTED/null");

    // the next tick recovers it
    assertThat(jobs.runTick()).isTrue();
    JobExecutionItem resumed =
        jobs.executions(40).stream()
            .filter(e -> Long.valueOf(cut).equals(e.resumes()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no execution resumes " + cut));
    resumed = ReportRuns.runAndWait(jobs, resumed.executionId());
    assertThat(resumed.status()).isEqualTo("COMPLETED");
    assertThat(resumed.daysTotal()).as("only the days it covers").isEqualTo(7);
    assertThat(resumed.daysDone()).isEqualTo(7);
    assertThat(resumed.getPercent()).isEqualTo(100);
    assertThat(status(cut)).isEqualTo("FAILED/CRASHED");
    JobExecutionItem crashed =
        jobs.executions(40).stream().filter(e -> e.executionId() == cut).findFirst().orElseThrow();
    assertThat(Duration.between(crashed.end(), LocalDateTime.now(WorkCalendar.ZONE)).abs())
        .as("the crashed execution ends now, in the screen's zone")
        .isLessThan(Duration.ofMinutes(5));
    // every day has exactly one committed run between the two executions, none twice
    assertThat(
            TestData.queryLong(
                "select count(distinct report_day) from report_run where execution_id in (?, ?)",
                cut,
                resumed.executionId()))
        .isEqualTo(10);
    assertThat(
            TestData.queryLong(
                "select count(*) from report_run where execution_id in (?, ?)",
                cut,
                resumed.executionId()))
        .isEqualTo(10);

    // a later tick finds nothing more to resume
    assertThat(jobs.runTick()).isTrue();
    assertThat(jobs.executions(40).stream().filter(e -> Long.valueOf(cut).equals(e.resumes())))
        .hasSize(1);
  }

  private static String status(long execution) {
    return TestData.queryString(
        "select batchstatus || '/' || coalesce(exitstatus, 'null') from"
            + " jbatchexecutioninstancedata where jobexecid = ?",
        execution);
  }
}
