package org.casedesk.it.support;

import java.time.Duration;
import org.casedesk.reports.JobExecutionItem;
import org.casedesk.reports.ReportJobs;

/** Waiting for an execution of the report job in the container (add it to the deployment). */
public final class ReportRuns {

  private ReportRuns() {}

  /** Polls the job screen's view of the execution until it ends; fails after 120 s. */
  public static JobExecutionItem runAndWait(ReportJobs jobs, long executionId)
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
