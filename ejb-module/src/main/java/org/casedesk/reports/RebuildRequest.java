package org.casedesk.reports;

import java.time.LocalDate;
import java.util.Set;

/**
 * Rebuild the report facts of the days {@code from} (inclusive) to {@code to} (exclusive) as
 * execution {@code executionId}, for the recorded {@code reason}.
 */
public record RebuildRequest(
    LocalDate from,
    LocalDate to,
    long executionId,
    RunReason reason,
    Set<ReportExclusion> exclusions) {

  /** Why a day was (re-)run; kept in report_run. */
  public enum RunReason {
    /** The nightly run for yesterday. */
    NIGHTLY,
    /** Days the server missed while it was down, caught up at the next nightly tick. */
    CATCH_UP,
    /** A reported day whose cases changed afterwards. */
    CHANGED,
    /** Started by ADMIN on the job screen. */
    MANUAL,
    /** The demo data's days, reported once when it is loaded (execution 0, no job execution). */
    DEMO_DATA
  }
}
