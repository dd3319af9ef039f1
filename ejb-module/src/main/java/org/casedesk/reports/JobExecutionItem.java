package org.casedesk.reports;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One job execution as the job screen lists it. */
public record JobExecutionItem(
    long executionId,
    String jobName,
    LocalDate day,
    String status,
    String exitStatus,
    LocalDateTime start,
    LocalDateTime end)
    implements Serializable {

  /**
   * Whether the execution has ended for good. Judged by the status, not the end time: the batch
   * runtime may write the end time a moment before the final status.
   */
  public boolean isFinished() {
    return switch (status) {
      case "COMPLETED", "FAILED", "STOPPED", "ABANDONED" -> true;
      default -> false;
    };
  }
}
