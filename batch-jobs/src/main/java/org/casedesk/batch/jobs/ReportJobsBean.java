package org.casedesk.batch.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casedesk.batch.casereport.ReportDays;
import org.casedesk.batch.casereport.ReportDays.Day;
import org.casedesk.batch.casereport.RunningExecutions;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.cluster.NodeLeases;
import org.casedesk.reports.JobExecutionItem;
import org.casedesk.reports.RebuildRequest.RunReason;
import org.casedesk.reports.ReportJobs;
import org.casedesk.reports.SnapshotWriter;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts {@code daily-case-report}: every night after the Asia/Shanghai time in {@code
 * casedesk.report.nightly-time} (default 01:30) for what the nightly plan finds (yesterday, missed
 * nights, changed days), and by hand from the job screen. A singleton with a write lock, so two
 * starts cannot race. At every tick of its timer (so also the first after a start) it resumes
 * executions a killed server left STARTED.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the batch runtime runs its own
public class ReportJobsBean implements ReportJobs {

  private static final Logger LOG = Logger.getLogger(ReportJobsBean.class.getName());

  /** How many recent job instances the guards and the job screen look at. */
  private static final int RECENT = 60;

  /** Failed nightly attempts per day before the nightly guard leaves the day to ADMIN. */
  private static final int NIGHTLY_ATTEMPTS = 3;

  private static final String CRASHED = "CRASHED";

  /** Minutes between two ticks of the nightly timer (recovery and the nightly plan). */
  @Inject
  @ConfigProperty(name = "casedesk.report.tick-minutes", defaultValue = "5")
  private int tickMinutes;

  @Resource private TimerService timers;

  @Inject
  @ConfigProperty(name = "casedesk.report.nightly-time", defaultValue = "01:30")
  private String nightlyTime;

  @Inject
  @ConfigProperty(name = "casedesk.report.nightly-enabled", defaultValue = "true")
  private boolean nightlyEnabled;

  /**
   * An execution of this server still STARTED after this long is treated as hung: it no longer
   * blocks a new run for its days (each day is replaced as a whole, so nothing is doubled).
   */
  @Inject
  @ConfigProperty(name = "casedesk.report.stale-minutes", defaultValue = "30")
  private int staleMinutes;

  /** Executions that ended longer ago than this are purged from the job repository. */
  @Inject
  @ConfigProperty(name = "casedesk.report.keep-executions-days", defaultValue = "90")
  private int keepExecutionsDays;

  @Inject private SnapshotWriter writer;

  @Inject private RunningExecutions running;

  @Inject private ReportExecutions executions;

  @Inject private Clock clock;

  /**
   * More than one node: the timer fires on every node, and only the holder of this lease (in the
   * database) ticks; it renews the lease at each tick, and another node takes it over once it has
   * not been renewed for three ticks (its holder is down).
   */
  private static final String LEASE = "report-jobs";

  @Inject private NodeLeases leases;

  /** This node's name in the lease: one per node of a cluster, the same after its restart. */
  @Inject
  @ConfigProperty(name = "casedesk.node.name", defaultValue = "casedesk")
  private String nodeName;

  private LocalDate purgedOn;

  /** Whether the timer has called back since this deployment started. */
  private boolean ticked;

  /**
   * When this deployment's instance of the bean was created: an execution STARTED before that
   * cannot be running in this deployment, so a killed server (or a deployment replaced while it
   * ran, as at a restart with a fixed --rootdir, where the previous deployment runs for a while
   * first) cut it off. Not the JVM's start time, which the previous deployment shares.
   */
  private Instant serverStart;

  @PostConstruct
  void started() {
    serverStart = clock.instant();
  }

  /**
   * When this node last became the lease's holder (its first tick as holder, or a takeover from a
   * node that stopped renewing it); {@code null} while another node holds it. A nightly execution
   * (or a resumption) that did not run here and started before then was the former holder's: the
   * holder stopped ticking for three ticks, so it is taken as cut off.
   */
  private Instant holderSince;

  /**
   * Every minute, Asia/Shanghai; every {@code casedesk.report.tick-minutes} (default 5) minutes of
   * the hour it ticks ({@link #tick}), and at its first call after start-up whatever the minute
   * (the crash check at start-up: the job repository's tables exist from the install, so the timer
   * may be the batch runtime's first user). Not persistent: with Hazelcast off, Payara has no
   * persistent timer store (and refuses to deploy a bean with a programmatic timer), and the plan
   * makes a missed tick harmless.
   *
   * <p>The callback never fails: Payara expunges a timer whose callback threw (or whose transaction
   * rolled back) twice, and then no nightly run and no recovery would ever come again. A failing
   * tick (database away, batch runtime not ready, a bug) is logged and simply runs again at the
   * next tick. The work itself runs in the transactions of the services it calls (this bean has
   * none of its own).
   */
  @Schedule(minute = "*", hour = "*", persistent = false, timezone = "Asia/Shanghai")
  void onTimer() {
    boolean first = !ticked; // the crash check at start-up: the first minute after it ticks
    ticked = true;
    if (!nightlyEnabled
        || (!first && LocalTime.now(clock).getMinute() % Math.max(1, tickMinutes) != 0)) {
      return;
    }
    try {
      tick();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "report job tick failed; it runs again at the next tick", e);
    }
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public boolean runTick() {
    try {
      tick();
      return true;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "report job tick failed; it runs again at the next tick", e);
      return false;
    }
  }

  @Override
  @Lock(LockType.READ)
  @RolesAllowed(Roles.ADMIN)
  public LocalDateTime nextTick() {
    // the timer ticks every minute; the next minute that is a multiple of tick-minutes ticks
    return timers.getTimers().stream()
        .map(t -> ReportExecutions.local(t.getNextTimeout()))
        .findFirst()
        .map(timeout -> ticked ? nextTickFrom(timeout) : timeout)
        .orElse(null);
  }

  private LocalDateTime nextTickFrom(LocalDateTime timeout) {
    LocalDateTime tick = timeout;
    while (tick.getMinute() % Math.max(1, tickMinutes) != 0) {
      tick = tick.plusMinutes(1);
    }
    return tick;
  }

  /**
   * Nothing on a node that does not hold the lease. First resumes executions a killed server left
   * STARTED (at every tick until that succeeds: a failed recovery is retried at the next one).
   * Then, once the configured time has passed, starts the nightly plan unless a run is in progress
   * or today's nightly runs failed {@value #NIGHTLY_ATTEMPTS} times, and purges old executions once
   * a day. A server that was down at that time catches up at its first tick after start.
   */
  private void tick() {
    String runner = leases.acquire(LEASE, nodeName, 3 * 60 * Math.max(1, tickMinutes));
    if (!nodeName.equals(runner)) {
      holderSince = null;
      LOG.info(() -> "report job tick skipped: node " + runner + " runs the report ticks");
      return;
    }
    if (holderSince == null) {
      holderSince = clock.instant();
    }
    recover();
    LocalDateTime now = LocalDateTime.now(clock);
    if (now.toLocalTime().isBefore(LocalTime.parse(nightlyTime))) {
      return;
    }
    if (!now.toLocalDate().equals(purgedOn)) {
      purge();
      purgedOn = now.toLocalDate();
    }
    List<JobExecutionItem> recent = executions.recent(RECENT);
    long failedToday =
        recent.stream()
            // a cut-off one is no failed attempt: recovery has run its remaining days again
            .filter(e -> "NIGHTLY".equals(e.trigger()) && "FAILED".equals(e.status()))
            .filter(e -> !CRASHED.equals(e.exitStatus()))
            .filter(e -> e.start() != null && e.start().toLocalDate().equals(now.toLocalDate()))
            .count();
    if (failedToday >= NIGHTLY_ATTEMPTS || recent.stream().anyMatch(this::isLive)) {
      return;
    }
    Map<LocalDate, RunReason> plan = writer.nightlyPlan(now.toLocalDate());
    if (plan.isEmpty()) {
      return;
    }
    List<Day> days = plan.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList();
    Properties parameters = new Properties();
    parameters.setProperty("days", ReportDays.encode(days));
    parameters.setProperty(ReportExecutions.TRIGGER, "NIGHTLY");
    long id = BatchRuntime.getJobOperator().start(DAILY_CASE_REPORT, parameters);
    LOG.info(() -> "nightly daily-case-report started as execution " + id + " for " + plan);
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public long startDailyReport(LocalDate day) {
    return startReport(day, day, null);
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public long startReport(LocalDate from, LocalDate to, LocalDate failOnDay) {
    LocalDate today = LocalDate.now(clock);
    if (from == null || to == null || to.isAfter(today) || from.isAfter(to)) {
      throw new BusinessException("job.day.invalid");
    }
    List<JobExecutionItem> live = executions.recent(RECENT).stream().filter(this::isLive).toList();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      LocalDate d = day;
      if (live.stream().anyMatch(e -> e.covers(d))) {
        throw new BusinessException("job.alreadyRunning", day);
      }
    }
    Properties parameters = new Properties();
    parameters.setProperty("from", from.toString());
    parameters.setProperty("to", to.toString());
    parameters.setProperty("reason", RunReason.MANUAL.name());
    parameters.setProperty(ReportExecutions.TRIGGER, RunReason.MANUAL.name());
    if (failOnDay != null) {
      parameters.setProperty("failOnDay", failOnDay.toString());
    }
    long id = BatchRuntime.getJobOperator().start(DAILY_CASE_REPORT, parameters);
    LOG.info(() -> "daily-case-report started for " + from + ".." + to + " as " + id);
    return id;
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public long restart(long executionId) {
    JobExecutionItem execution = find(executionId);
    if (!execution.isRestartable()) {
      throw new BusinessException("job.notRestartable", executionId);
    }
    JobOperator operator = BatchRuntime.getJobOperator();
    Properties parameters = new Properties();
    parameters.putAll(operator.getParameters(executionId));
    parameters.remove("failOnDay");
    return operator.restart(executionId, parameters);
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public void stop(long executionId) {
    if (find(executionId).isFinished()) {
      throw new BusinessException("job.notRunning", executionId);
    }
    BatchRuntime.getJobOperator().stop(executionId);
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public List<Long> recoverCrashed() {
    return recover();
  }

  /**
   * Resumes every execution cut off by a killed server, or whose end the runtime could not write
   * (the database away when it failed): marked FAILED (exit status CRASHED) and its remaining days
   * started as a new execution. An execution marked before, whose resumption then failed to start,
   * is resumed too, so that nothing is lost when a tick fails half-way.
   */
  private List<Long> recover() {
    List<JobExecutionItem> recent = executions.recent(RECENT);
    List<Long> resumed = recent.stream().map(JobExecutionItem::resumes).toList();
    List<Long> started = new ArrayList<>();
    for (JobExecutionItem e : recent) {
      boolean cutOff =
          !e.isFinished()
              && e.start() != null
              && (startedBeforeThisServer(e) || lostStatus(e) || leftByFormerHolder(e));
      boolean markedNotResumed =
          CRASHED.equals(e.exitStatus()) && !resumed.contains(e.executionId());
      if ((cutOff && writer.markCrashed(e.executionId())) || markedNotResumed) {
        Properties parameters = new Properties();
        parameters.putAll(BatchRuntime.getJobOperator().getParameters(e.executionId()));
        parameters.setProperty(ReportExecutions.RESUMES, String.valueOf(e.executionId()));
        long id = BatchRuntime.getJobOperator().start(DAILY_CASE_REPORT, parameters);
        LOG.warning(() -> "execution " + e.executionId() + " was cut off; resumed as " + id);
        started.add(id);
      }
    }
    return started;
  }

  /**
   * Still STARTED, but it ran in this deployment and has ended: it ended while the database was
   * away, and the runtime could not write its end.
   */
  private boolean lostStatus(JobExecutionItem e) {
    return "STARTED".equals(e.status()) && running.endedHere(e.executionId());
  }

  /**
   * Started by the lease's former holder (a nightly run or a resumption: manual runs are not under
   * the lease) before this node took the lease over, and not run here.
   */
  private boolean leftByFormerHolder(JobExecutionItem e) {
    return holderSince != null
        && ("NIGHTLY".equals(e.trigger()) || e.resumes() != null)
        && !running.ranHere(e.executionId())
        && e.start().atZone(WorkCalendar.ZONE).toInstant().isBefore(holderSince);
  }

  private boolean startedBeforeThisServer(JobExecutionItem e) {
    return e.start().atZone(WorkCalendar.ZONE).toInstant().isBefore(serverStart);
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public int purgeOldExecutions() {
    return purge();
  }

  private int purge() {
    LocalDateTime cutoff = LocalDateTime.now(clock).minusDays(keepExecutionsDays);
    int purged = writer.purgeExecutions(DAILY_CASE_REPORT, cutoff);
    if (purged > 0) {
      LOG.info(() -> purged + " report job instances that ended before " + cutoff + " purged");
    }
    return purged;
  }

  @Override
  @Lock(LockType.READ)
  @RolesAllowed(Roles.ADMIN)
  public List<JobExecutionItem> executions(int max) {
    List<JobExecutionItem> items = executions.recent(max);
    return items.size() > max ? items.subList(0, max) : items;
  }

  private JobExecutionItem find(long executionId) {
    return executions.recent(RECENT).stream()
        .filter(e -> e.executionId() == executionId)
        .findFirst()
        .orElseThrow(() -> new BusinessException("job.notFound", executionId));
  }

  private boolean isLive(JobExecutionItem e) {
    return !e.isFinished()
        && (e.start() == null
            || (!startedBeforeThisServer(e)
                && !e.start().isBefore(LocalDateTime.now(clock).minusMinutes(staleMinutes))));
  }
}
