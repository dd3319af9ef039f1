package org.casedesk.batch.casereport;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
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

  @Inject private JobContext job;
  @Inject private SnapshotWriter writer;

  @Override
  public String process() {
    List<LocalDate> days =
        ReportDays.of(BatchRuntime.getJobOperator().getParameters(job.getExecutionId())).stream()
            .map(ReportDays.Day::day)
            .sorted()
            .toList();
    writer.prepareCalendar(days.get(0), days.get(days.size() - 1));
    return "CALENDAR";
  }
}
