package org.casedesk.reports;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One execution of the report job as the job screen lists it: the days it covers ({@code from} to
 * {@code to}, {@code daysTotal} of them), why it was started, its step and its progress ({@code
 * daysDone}: days committed by this execution and the earlier ones of the same job instance).
 * {@code resumes} is the execution a killed server cut off whose remaining days this one runs (null
 * for any other); its days then count only those remaining days.
 */
public record JobExecutionItem(
    long executionId,
    String jobName,
    LocalDate from,
    LocalDate to,
    String trigger,
    Long resumes,
    String status,
    String exitStatus,
    LocalDateTime start,
    LocalDateTime end,
    String step,
    long daysDone,
    long daysTotal)
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

  public boolean isRestartable() {
    return "FAILED".equals(status) || "STOPPED".equals(status);
  }

  public int getPercent() {
    return daysTotal == 0 ? 0 : (int) Math.min(100, daysDone * 100 / daysTotal);
  }

  /** Whether {@code day} is one of the days this execution covers (by its range). */
  public boolean covers(LocalDate day) {
    return from != null && !day.isBefore(from) && !day.isAfter(to);
  }
}
