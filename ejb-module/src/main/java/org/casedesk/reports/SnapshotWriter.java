package org.casedesk.reports;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.casedesk.calendar.CalendarRepository;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.reports.RebuildRequest.RunReason;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The transactions of the case-report job, for the batch-jobs module. They live here because a
 * persistence unit belongs to its module: in the EAR, beans of casedesk-batch.jar cannot use this
 * module's entity manager. Called by the batch runtime, which may run without a signed-in user
 * (nightly timer), hence {@code @PermitAll}; pages cannot reach it (ArchUnit).
 */
@Stateless
public class SnapshotWriter {

  @Inject private SnapshotRepository snapshots;
  @Inject private JobTablesRepository jobTables;
  @Inject private CalendarRepository calendars;
  @Inject private Clock clock;

  /** Cases left out of due(P) and closed(P): names of {@link ReportExclusion}, comma-separated. */
  @Inject
  @ConfigProperty(name = "casedesk.report.exclusions", defaultValue = "DIRECT_ANSWER")
  private String exclusions;

  /** How far back the nightly run looks for days it missed while the server was down. */
  @Inject
  @ConfigProperty(name = "casedesk.report.catch-up-days", defaultValue = "31")
  private int catchUpDays;

  /**
   * Lays out the calendar the SQL needs: from the earlier of {@code first} and the first case's day
   * to a day after the later of {@code last} and today.
   */
  @PermitAll
  public void prepareCalendar(LocalDate first, LocalDate last) {
    LocalDate today = LocalDate.now(clock);
    LocalDate end = (last.isAfter(today) ? last : today).plusDays(1);
    LocalDate firstCase = snapshots.firstCaseDay();
    LocalDate start = firstCase == null || firstCase.isAfter(first) ? first : firstCase;
    snapshots.refreshCalendar(calendars.load(), start.minusDays(1), end);
  }

  /** Rebuilds the days {@code from} to {@code to} (exclusive); returns the fact rows written. */
  @PermitAll
  public int rebuild(LocalDate from, LocalDate to, long executionId, RunReason reason) {
    return snapshots.rebuild(new RebuildRequest(from, to, executionId, reason, exclusionSet()));
  }

  /**
   * Rebuilds every day from the first case's to yesterday in the caller's transaction, recorded as
   * execution 0: the demo data's first start, so that its report covers every demo day without the
   * batch runtime being used while the server starts. Returns the daily rows written.
   */
  @PermitAll
  public int rebuildUpToYesterday(RunReason reason) {
    LocalDate first = snapshots.firstCaseDay();
    LocalDate today = LocalDate.now(clock);
    if (first == null || !first.isBefore(today)) {
      return 0;
    }
    prepareCalendar(first, today.minusDays(1));
    return rebuild(first, today, 0, reason);
  }

  /**
   * What the nightly run has to do on {@code today}: yesterday and the days of the catch-up window
   * that have no run yet (missed nights), and reported days whose cases changed since the previous
   * run. In day order; empty when everything is up to date.
   */
  @PermitAll
  public Map<LocalDate, RunReason> nightlyPlan(LocalDate today) {
    LocalDate yesterday = today.minusDays(1);
    LocalDate windowStart = yesterday.minusDays(catchUpDays - 1L);
    Map<LocalDate, RunReason> plan = new TreeMap<>();
    // changes since the previous nightly run (or within the window before the first), with a
    // day's margin: each change is matched against the last run of each day it counts on anyway
    LocalDateTime lastRun = snapshots.lastRunFinished();
    LocalDateTime since = lastRun != null ? lastRun.minusDays(1) : windowStart.atStartOfDay();
    for (LocalDate day : snapshots.changedDays(since, today)) {
      plan.put(day, RunReason.CHANGED);
    }
    List<LocalDate> reported = snapshots.reportedDays(windowStart, yesterday);
    for (LocalDate day = windowStart; !day.isAfter(yesterday); day = day.plusDays(1)) {
      if (!reported.contains(day)) {
        plan.put(day, day.equals(yesterday) ? RunReason.NIGHTLY : RunReason.CATCH_UP);
      }
    }
    return new LinkedHashMap<>(plan);
  }

  /** Days committed per execution (each committed chunk wrote a report_run row per day). */
  @PermitAll
  public Map<Long, Long> daysDone(Collection<Long> executionIds) {
    return snapshots.daysDone(executionIds);
  }

  /** The days an execution committed before it ended or was cut off. */
  @PermitAll
  public Set<LocalDate> daysDoneBy(long executionId) {
    return snapshots.daysDoneBy(executionId);
  }

  /**
   * Marks an execution the batch runtime left STARTED when its server was killed as FAILED, in the
   * job repository's own tables (Payara Micro prefixes their names with "jbatch", Payara Server
   * does not). Returns whether a row was changed.
   */
  @PermitAll
  public boolean markCrashed(long executionId) {
    return jobTables.markCrashed(executionId);
  }

  /**
   * Deletes the repository rows of the job's executions that ended before {@code cutoff}
   * (Asia/Shanghai).
   */
  @PermitAll
  public int purgeExecutions(String jobName, LocalDateTime cutoff) {
    return jobTables.purgeExecutions(jobName, cutoff, WorkCalendar.ZONE);
  }

  private Set<ReportExclusion> exclusionSet() {
    Set<ReportExclusion> set = EnumSet.noneOf(ReportExclusion.class);
    Arrays.stream(exclusions.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(ReportExclusion::valueOf)
        .forEach(set::add);
    return set;
  }
}
