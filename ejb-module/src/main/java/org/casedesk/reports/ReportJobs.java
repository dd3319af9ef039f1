package org.casedesk.reports;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Starting and watching the report job. Implemented in the batch-jobs module, the only module that
 * may query the executions it started (Payara's job visibility rule).
 */
@Local
public interface ReportJobs {

  String DAILY_CASE_REPORT = "daily-case-report";

  /** Rebuilds one day; refused when a run covering it is in progress. */
  long startDailyReport(LocalDate day);

  /**
   * Rebuilds the days {@code from} to {@code to} (inclusive); refused when a run covering one of
   * them is in progress. {@code failOnDay} (may be null) makes the chunk holding that day fail: the
   * restart drill.
   */
  long startReport(LocalDate from, LocalDate to, LocalDate failOnDay);

  /** Restarts a FAILED or STOPPED execution from its last checkpoint (without failOnDay). */
  long restart(long executionId);

  /** Asks a running execution to stop after its current chunk. */
  void stop(long executionId);

  /**
   * Finds executions left STARTED by a server that was killed (started before this server did),
   * marks them FAILED and starts their remaining days again. Returns the new executions' ids.
   */
  List<Long> recoverCrashed();

  /**
   * Runs the nightly timer's tick now (recovery of cut-off executions, then the nightly plan if its
   * time has come, whatever {@code casedesk.report.nightly-enabled} says). Like the timer, it never
   * throws: a failure is logged and false returned.
   */
  boolean runTick();

  /** When the nightly timer ticks next (Asia/Shanghai), or null if it has no timer. */
  LocalDateTime nextTick();

  /**
   * Deletes the job repository's record of executions that ended more than {@code
   * casedesk.report.keep-executions-days} ago (the nightly tick does this once a day). Returns the
   * number of job instances deleted.
   */
  int purgeOldExecutions();

  /** The most recent executions of the report job, newest first. */
  List<JobExecutionItem> executions(int max);
}
