package org.casedesk.batch.casereport;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.casedesk.reports.SnapshotWriter;

/** Step 1: lays out the working-day calendar the aggregation SQL reads. */
@Named
@Dependent
public class ReportCalendarBatchlet extends AbstractBatchlet {

  @Inject private SnapshotWriter writer;

  @Inject
  @BatchProperty(name = "days")
  private String dayList;

  @Inject
  @BatchProperty(name = "from")
  private String from;

  @Inject
  @BatchProperty(name = "to")
  private String to;

  @Inject
  @BatchProperty(name = "reason")
  private String reason;

  @Override
  public String process() {
    List<LocalDate> days =
        ReportDays.of(dayList, from, to, reason).stream()
            .map(ReportDays.Day::day)
            .sorted()
            .toList();
    writer.prepareCalendar(days.get(0), days.get(days.size() - 1));
    return "CALENDAR";
  }
}
