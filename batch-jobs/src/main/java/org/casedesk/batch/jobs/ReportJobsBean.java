package org.casedesk.batch.jobs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.reports.JobExecutionItem;
import org.casedesk.reports.ReportJobs;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts {@code daily-case-report} every night for the previous day, after the Asia/Shanghai time
 * in {@code casedesk.report.nightly-time} (default 01:30), and by hand from the job screen. A
 * singleton with a write lock, so two starts for the same day cannot race.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the batch runtime runs its own
public class ReportJobsBean implements ReportJobs {

  private static final Logger LOG = Logger.getLogger(ReportJobsBean.class.getName());

  /** How many recent job instances the nightly guard looks at. */
  private static final int RECENT = 60;

  @Inject
  @ConfigProperty(name = "casedesk.report.nightly-time", defaultValue = "01:30")
  private String nightlyTime;

  @Inject
  @ConfigProperty(name = "casedesk.report.nightly-enabled", defaultValue = "true")
  private boolean nightlyEnabled;

  /**
   * An execution still STARTED after this long was cut off (server killed or restarted): it no
   * longer blocks a new run for its day. The job itself takes seconds, and it rewrites its day in
   * one transaction, so a new run neither loses nor doubles anything.
   */
  @Inject
  @ConfigProperty(name = "casedesk.report.stale-minutes", defaultValue = "30")
  private int staleMinutes;

  /** Attempts per day the nightly guard makes before it leaves a failing day to ADMIN. */
  private static final int NIGHTLY_ATTEMPTS = 3;

  /**
   * Every five minutes: once the configured time has passed, starts yesterday's report unless it
   * has completed, is running, or has failed {@value #NIGHTLY_ATTEMPTS} times. A server that was
   * down at that time catches up at its first tick after start. Not persistent: with Hazelcast off,
   * Payara has no persistent timer store, and the guard makes a missed tick harmless.
   */
  @Schedule(minute = "*/5", hour = "*", persistent = false, timezone = "Asia/Shanghai")
  void nightly() {
    LocalDateTime now = LocalDateTime.now(WorkCalendar.ZONE);
    LocalDate yesterday = now.toLocalDate().minusDays(1);
    if (!nightlyEnabled || now.toLocalTime().isBefore(LocalTime.parse(nightlyTime))) {
      return;
    }
    List<JobExecutionItem> earlier = executionsFor(yesterday);
    if (earlier.size() >= NIGHTLY_ATTEMPTS
        || earlier.stream().anyMatch(e -> "COMPLETED".equals(e.status()) || isLive(e))) {
      return;
    }
    try {
      start(yesterday);
    } catch (BusinessException e) {
      LOG.warning(() -> "nightly daily-case-report not started: " + e.getMessage());
    }
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public long startDailyReport(LocalDate day) {
    return start(day);
  }

  @Override
  @Lock(LockType.READ)
  @RolesAllowed(Roles.ADMIN)
  public List<JobExecutionItem> executions(int max) {
    List<JobExecutionItem> items = recentExecutions(max);
    return items.size() > max ? items.subList(0, max) : items;
  }

  private List<JobExecutionItem> executionsFor(LocalDate day) {
    return recentExecutions(RECENT).stream().filter(e -> day.equals(e.day())).toList();
  }

  /** Executions of the newest {@code instances} job instances, newest first. */
  private static List<JobExecutionItem> recentExecutions(int instances) {
    JobOperator operator = BatchRuntime.getJobOperator();
    List<JobExecutionItem> items = new ArrayList<>();
    List<JobInstance> found;
    try {
      found = operator.getJobInstances(DAILY_CASE_REPORT, 0, instances);
    } catch (NoSuchJobException e) {
      return items;
    }
    for (JobInstance instance : found) {
      for (JobExecution e : operator.getJobExecutions(instance)) {
        String day = e.getJobParameters() == null ? null : e.getJobParameters().getProperty("day");
        items.add(
            new JobExecutionItem(
                e.getExecutionId(),
                e.getJobName(),
                day == null ? null : LocalDate.parse(day),
                e.getBatchStatus().name(),
                e.getExitStatus(),
                local(e.getStartTime()),
                local(e.getEndTime())));
      }
    }
    items.sort(Comparator.comparingLong(JobExecutionItem::executionId).reversed());
    return items;
  }

  private long start(LocalDate day) {
    if (day == null || day.isAfter(LocalDate.now(WorkCalendar.ZONE))) {
      throw new BusinessException("job.day.invalid");
    }
    JobOperator operator = BatchRuntime.getJobOperator();
    if (runningFor(day)) {
      throw new BusinessException("job.alreadyRunning", day);
    }
    Properties parameters = new Properties();
    parameters.setProperty("day", day.toString());
    long id = operator.start(DAILY_CASE_REPORT, parameters);
    LOG.info(() -> "daily-case-report started for " + day + " as execution " + id);
    return id;
  }

  /**
   * Whether an execution for the day is running and not stale, as the job repository's execution
   * rows say (the same rows the job screen lists).
   */
  private boolean runningFor(LocalDate day) {
    return executionsFor(day).stream().anyMatch(this::isLive);
  }

  private boolean isLive(JobExecutionItem e) {
    return !e.isFinished() && (e.start() == null || !isStale(e.start()));
  }

  private boolean isStale(LocalDateTime started) {
    boolean stale =
        started.isBefore(LocalDateTime.now(WorkCalendar.ZONE).minusMinutes(staleMinutes));
    if (stale) {
      LOG.warning(() -> "daily-case-report execution started " + started + " counts as cut off");
    }
    return stale;
  }

  private static LocalDateTime local(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), WorkCalendar.ZONE);
  }
}
