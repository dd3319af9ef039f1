package org.casedesk.reports;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;

/**
 * Starting and watching the report jobs. Implemented in the batch-jobs module, the only module that
 * may query the executions it started (Payara's job visibility rule).
 */
@Local
public interface ReportJobs {

  String DAILY_CASE_REPORT = "daily-case-report";

  /** Starts {@code daily-case-report} for a day; refused when one is already running for it. */
  long startDailyReport(LocalDate day);

  /** The most recent executions of the report jobs, newest first. */
  List<JobExecutionItem> executions(int max);
}
