package org.casedesk.it.support;

import java.time.Duration;
import org.casedesk.reports.JobExecutionItem;
import org.casedesk.reports.ReportJobs;

/** Waiting for an execution of the report job in the container (add it to the deployment). */
public final class ReportRuns {

  private ReportRuns() {}

  /**
   * Polls the job screen's view of the execution until it ends, and returns it as seen half a
   * second later: on a loaded machine the batch runtime's status can be read as ended a moment
   * before the last chunk's day records are (seen once: a restart shown with 31 of its 46 days).
   * Fails after 120 s.
   */
  public static JobExecutionItem runAndWait(ReportJobs jobs, long executionId)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (item(jobs, executionId).isFinished()) {
        Thread.sleep(500);
        return item(jobs, executionId);
      }
      Thread.sleep(250);
    }
    throw new AssertionError("execution " + executionId + " did not finish within 120 s");
  }

  private static JobExecutionItem item(ReportJobs jobs, long executionId) {
    return jobs.executions(40).stream()
        .filter(e -> e.executionId() == executionId)
        .findFirst()
        .orElseThrow();
  }
}
