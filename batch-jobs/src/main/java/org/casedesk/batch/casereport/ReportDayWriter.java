package org.casedesk.batch.casereport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.casedesk.batch.casereport.ReportDays.Day;
import org.casedesk.reports.SnapshotWriter;

/**
 * Rebuilds a chunk of days in the chunk's transaction, one set-based statement per run of
 * consecutive days with the same reason. Job parameter {@code failOnDay} makes the chunk holding
 * that day fail: the restart drill (and its test) uses it; a restart drops it.
 */
@Named
@Dependent
public class ReportDayWriter extends AbstractItemWriter {

  private static final Logger LOG = Logger.getLogger(ReportDayWriter.class.getName());

  @Inject private JobContext job;
  @Inject private StepContext step;
  @Inject private SnapshotWriter writer;

  @Inject
  @BatchProperty(name = "failOnDay")
  private String failOnDay;

  private long rows;

  @Override
  public void writeItems(List<Object> items) {
    List<Day> days = items.stream().map(Day.class::cast).toList();
    if (failOnDay != null && !failOnDay.isBlank()) {
      LocalDate fail = LocalDate.parse(failOnDay);
      if (days.stream().anyMatch(d -> d.day().equals(fail))) {
        throw new IllegalStateException("failOnDay " + fail + ": the chunk is rolled back");
      }
    }
    int start = 0;
    for (int i = 1; i <= days.size(); i++) {
      if (i == days.size() || !continues(days.get(i - 1), days.get(i))) {
        Day first = days.get(start);
        LocalDate to = days.get(i - 1).day().plusDays(1);
        rows += writer.rebuild(first.day(), to, job.getExecutionId(), first.reason());
        start = i;
      }
    }
    step.setExitStatus("ROWS=" + rows);
    LOG.fine(() -> "daily-case-report wrote " + days.size() + " days");
  }

  private static boolean continues(Day previous, Day next) {
    return next.day().equals(previous.day().plusDays(1)) && next.reason() == previous.reason();
  }
}
