package org.casedesk.web.reports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.reports.JobExecutionItem;
import org.casedesk.reports.ReportJobs;
import org.casedesk.web.shared.Messages;

/** The job screen: run {@code daily-case-report} for a chosen day and watch the executions. */
@Named
@ViewScoped
public class JobsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 50;

  @EJB private transient ReportJobs jobs;

  private LocalDate day = LocalDate.now(WorkCalendar.ZONE).minusDays(1);
  private List<JobExecutionItem> executions;

  @PostConstruct
  public void refresh() {
    executions = jobs.executions(SHOWN);
  }

  public void start() {
    long[] id = new long[1];
    if (Messages.attempt(() -> id[0] = jobs.startDailyReport(day))) {
      Messages.info("job.started", id[0], day.toString());
    }
    refresh();
  }

  public boolean isAnyRunning() {
    return executions.stream()
        .anyMatch(e -> "STARTING".equals(e.status()) || "STARTED".equals(e.status()));
  }

  public LocalDate getMaxDay() {
    return LocalDate.now(WorkCalendar.ZONE);
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public List<JobExecutionItem> getExecutions() {
    return executions;
  }
}
