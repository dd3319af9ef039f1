package org.casedesk.batch.casereport;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.casedesk.reports.SnapshotWriter;

/**
 * Reads the execution's days one by one (without those a crashed execution it resumes committed).
 * The checkpoint is the index of the next day: a restart goes on after the last committed chunk,
 * and the days it redoes are replaced, not doubled.
 */
@Named
@Dependent
public class ReportDayReader extends AbstractItemReader {

  @Inject private JobContext job;
  @Inject private SnapshotWriter writer;

  private List<ReportDays.Day> days;
  private int next;

  @Override
  public void open(Serializable checkpoint) {
    Properties parameters = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
    days = ReportDays.of(parameters);
    String resumes = parameters.getProperty("resumes");
    if (resumes != null) { // the remaining days of an execution cut off by a crash
      Set<LocalDate> done = writer.daysDoneBy(Long.parseLong(resumes));
      days = days.stream().filter(d -> !done.contains(d.day())).toList();
    }
    next = checkpoint == null ? 0 : (Integer) checkpoint;
  }

  @Override
  public Object readItem() {
    return next < days.size() ? days.get(next++) : null;
  }

  @Override
  public Serializable checkpointInfo() {
    return next;
  }
}
