package org.casedesk.it.support;

import java.time.Duration;
import org.casedesk.reports.JobExecutionItem;
import org.casedesk.reports.ReportJobs;

/** Waits for a report-job execution started in a test (inside Payara Micro) to finish. */
public final class JobRuns {

  private JobRuns() {}

  /** The execution once it has finished; fails the test after 120 s. */
  public static JobExecutionItem awaitFinished(ReportJobs jobs, long executionId)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      JobExecutionItem execution =
          jobs.executions(40).stream()
              .filter(e -> e.executionId() == executionId)
              .findFirst()
              .orElseThrow();
      if (execution.isFinished()) {
        return execution;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("execution " + executionId + " did not finish within 120 s");
  }
}
