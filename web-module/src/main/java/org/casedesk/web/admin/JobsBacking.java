package org.casedesk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.casedesk.reports.JobExecutionItem;
import org.casedesk.reports.ReportJobs;
import org.casedesk.web.shared.Messages;

/**
 * The job screen: run {@code daily-case-report} for chosen days, watch the executions' progress,
 * restart a failed one, stop a running one.
 */
@Named
@ViewScoped
public class JobsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 50;

  @EJB private transient ReportJobs jobs;
  @Inject private transient Clock clock;

  private LocalDate from;
  private LocalDate to;
  private List<JobExecutionItem> executions;
  private LocalDateTime nextTick;

  @PostConstruct
  void init() {
    from = LocalDate.now(clock).minusDays(1);
    to = from;
    refresh();
  }

  public void refresh() {
    executions = jobs.executions(SHOWN);
    nextTick = jobs.nextTick();
  }

  public void start() {
    long[] id = new long[1];
    if (Messages.attempt(() -> id[0] = jobs.startReport(from, to, null))) {
      Messages.info("job.started", id[0], from + " – " + to);
    }
    refresh();
  }

  public void restart(long executionId) {
    long[] id = new long[1];
    if (Messages.attempt(() -> id[0] = jobs.restart(executionId))) {
      Messages.info("job.restarted", executionId, id[0]);
    }
    refresh();
  }

  public void stop(long executionId) {
    if (Messages.attempt(() -> jobs.stop(executionId))) {
      Messages.info("job.stopping", executionId);
    }
    refresh();
  }

  /**
   * A batch or exit status (STARTED, COMPLETED, CRASHED …) in the UI language; an exit status the
   * job wrote itself (ROWS=…, an error) stays as it is.
   */
  public String statusText(String status) {
    return status == null ? "" : Messages.textOr("job.status." + status, status);
  }

  /**
   * Why the execution was started; a resumed one names the execution whose days it goes on with.
   */
  public String triggerText(JobExecutionItem e) {
    return e.resumes() != null
        ? Messages.text("job.trigger.RESUMED", e.resumes())
        : Messages.text("job.trigger." + e.trigger());
  }

  /** When the nightly timer next resumes cut-off executions and checks the nightly plan. */
  public LocalDateTime getNextTick() {
    return nextTick;
  }

  /** How long the execution ran (or has been running), as m:ss. */
  public String duration(JobExecutionItem e) {
    if (e.start() == null) {
      return "";
    }
    Duration d = Duration.between(e.start(), e.end() != null ? e.end() : LocalDateTime.now(clock));
    return "%d:%02d".formatted(d.toMinutes(), d.toSecondsPart());
  }

  public boolean isAnyRunning() {
    return executions.stream()
        .anyMatch(e -> "STARTING".equals(e.status()) || "STARTED".equals(e.status()));
  }

  public LocalDate getMaxDay() {
    return LocalDate.now(clock);
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public List<JobExecutionItem> getExecutions() {
    return executions;
  }
}
