package org.casedesk.batch.dailyreport;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.casedesk.reports.SnapshotWriter;

/** Rebuilds the snapshot of the job's day; the exit status records how many rows it wrote. */
@Named
@Dependent
public class DailySnapshotBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(DailySnapshotBatchlet.class.getName());

  @Inject
  @BatchProperty(name = "day")
  private String day;

  @Inject private JobContext job;
  @Inject private SnapshotWriter writer;

  @Override
  public String process() {
    LocalDate reportDay = LocalDate.parse(day);
    int rows = writer.rebuild(reportDay, job.getExecutionId());
    LOG.info(() -> "daily-case-report " + reportDay + ": " + rows + " snapshot rows");
    return "ROWS=" + rows;
  }
}
