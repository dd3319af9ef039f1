package org.casedesk.web.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.reports.ReportService;
import org.casedesk.reports.SnapshotRow;
import org.casedesk.web.shared.Messages;

/** The daily snapshot of one day (GET page: {@code ?day=yyyy-MM-dd}, yesterday by default). */
@Named
@RequestScoped
public class DailyReportBacking {

  @Inject private ReportService reports;

  private LocalDate day;
  private List<SnapshotRow> rows = List.of();

  public void load() {
    if (day == null) {
      day = LocalDate.now(WorkCalendar.ZONE).minusDays(1);
    }
    Messages.attempt(() -> rows = reports.dailySnapshot(day));
  }

  public long getTotalClosed() {
    return rows.stream().mapToLong(SnapshotRow::closed).sum();
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public List<SnapshotRow> getRows() {
    return rows;
  }
}
