package org.casedesk.batch.casereport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casedesk.reports.SnapshotWriter;

/**
 * Reads the execution's days one by one (without those that the cut-off execution it resumes, and
 * the one that resumed in turn, and so on, committed). The checkpoint is the index of the next day:
 * a restart goes on after the last committed chunk, and the days it redoes are replaced, not
 * doubled.
 */
@Named
@Dependent
public class ReportDayReader extends AbstractItemReader {

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

  /** The execution a crashed one's remaining days resume, if any. */
  @Inject
  @BatchProperty(name = "resumes")
  private String resumes;

  private List<ReportDays.Day> days;
  private int next;

  @Override
  public void open(Serializable checkpoint) {
    days = ReportDays.of(dayList, from, to, reason);
    // the remaining days of a cut-off execution, and of the one it resumed in turn, and so on
    Set<LocalDate> done = new HashSet<>();
    for (String cut = resumes; cut != null && !cut.isBlank(); ) {
      long id = Long.parseLong(cut);
      done.addAll(writer.daysDoneBy(id));
      cut = BatchRuntime.getJobOperator().getParameters(id).getProperty("resumes");
    }
    days = days.stream().filter(d -> !done.contains(d.day())).toList();
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
