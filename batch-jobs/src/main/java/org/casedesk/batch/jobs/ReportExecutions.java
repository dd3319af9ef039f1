package org.casedesk.batch.jobs;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.casedesk.batch.casereport.ReportDays;
import org.casedesk.batch.casereport.ReportDays.Day;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.reports.JobExecutionItem;
import org.casedesk.reports.RebuildRequest.RunReason;
import org.casedesk.reports.ReportJobs;
import org.casedesk.reports.SnapshotWriter;

/**
 * The report job's executions as the job screen and the guards of {@link ReportJobsBean} see them:
 * read from the batch runtime's job repository, each with its days and the days done so far. Read
 * only; starting, stopping and resuming stay in {@link ReportJobsBean}.
 */
@ApplicationScoped
class ReportExecutions {

  /** The job parameter that names why an execution was started (NIGHTLY, MANUAL …). */
  static final String TRIGGER = "trigger";

  /** The job parameter of a resumed execution: the execution whose remaining days it runs. */
  static final String RESUMES = "resumes";

  @Inject private SnapshotWriter writer;

  /** Executions of the newest {@code instances} job instances, newest first. */
  List<JobExecutionItem> recent(int instances) {
    JobOperator operator = BatchRuntime.getJobOperator();
    List<JobInstance> found;
    try {
      found = operator.getJobInstances(ReportJobs.DAILY_CASE_REPORT, 0, instances);
    } catch (NoSuchJobException e) {
      return new ArrayList<>();
    }
    // per job instance, its executions in order (a restart is a new execution of the instance)
    Map<Long, TreeMap<Long, JobExecution>> perInstance = new LinkedHashMap<>();
    for (JobInstance instance : found) {
      TreeMap<Long, JobExecution> executions =
          perInstance.computeIfAbsent(instance.getInstanceId(), i -> new TreeMap<>());
      operator.getJobExecutions(instance).forEach(e -> executions.put(e.getExecutionId(), e));
    }
    Map<Long, Long> done =
        writer.daysDone(
            perInstance.values().stream()
                .flatMap(m -> m.values().stream())
                .flatMap(e -> Stream.of(e.getExecutionId(), resumes(e)))
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    Map<Long, Long> resumed = new HashMap<>();
    perInstance.values().stream()
        .flatMap(m -> m.values().stream())
        .filter(e -> resumes(e) != null)
        .forEach(e -> resumed.put(e.getExecutionId(), resumes(e)));
    List<JobExecutionItem> items = new ArrayList<>();
    for (TreeMap<Long, JobExecution> executions : perInstance.values()) {
      long doneSoFar = 0;
      for (JobExecution e : executions.values()) {
        doneSoFar += done.getOrDefault(e.getExecutionId(), 0L);
        long doneBefore = 0; // by the cut-off executions it resumes (as the reader counts them)
        for (Long cut = resumes(e); cut != null; cut = resumed.get(cut)) {
          doneBefore += done.getOrDefault(cut, 0L);
        }
        items.add(item(operator, e, resumes(e), doneSoFar, doneBefore));
      }
    }
    items.sort(Comparator.comparingLong(JobExecutionItem::executionId).reversed());
    return items;
  }

  /** The execution whose remaining days {@code e} runs, or null. */
  private static Long resumes(JobExecution e) {
    String resumes =
        e.getJobParameters() == null ? null : e.getJobParameters().getProperty(RESUMES);
    return resumes == null || resumes.isBlank() ? null : Long.valueOf(resumes);
  }

  /**
   * The job screen's line of {@code e}: {@code done} days committed by it and the earlier
   * executions of its job instance; a resumed execution covers its days but the {@code doneBefore}
   * that the execution it resumes committed.
   */
  private static JobExecutionItem item(
      JobOperator operator, JobExecution e, Long resumes, long done, long doneBefore) {
    Properties parameters = e.getJobParameters() == null ? new Properties() : e.getJobParameters();
    List<Day> days = parameters.isEmpty() ? List.of() : ReportDays.of(parameters);
    long total = Math.max(0, days.size() - doneBefore);
    List<StepExecution> steps = operator.getStepExecutions(e.getExecutionId());
    String step =
        steps == null || steps.isEmpty() ? null : steps.get(steps.size() - 1).getStepName();
    String exit = e.getExitStatus();
    if ("FAILED".equals(e.getBatchStatus().name()) && steps != null) {
      exit =
          steps.stream()
              .map(StepExecution::getExitStatus)
              .filter(s -> s != null && s.startsWith("ERROR"))
              .findFirst()
              .orElse(exit);
    }
    return new JobExecutionItem(
        e.getExecutionId(),
        e.getJobName(),
        days.stream().map(Day::day).min(Comparator.naturalOrder()).orElse(null),
        days.stream().map(Day::day).max(Comparator.naturalOrder()).orElse(null),
        parameters.getProperty(TRIGGER, RunReason.MANUAL.name()),
        resumes,
        e.getBatchStatus().name(),
        exit,
        local(e.getStartTime()),
        local(e.getEndTime()),
        step,
        Math.min(done, total),
        total);
  }

  static LocalDateTime local(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), WorkCalendar.ZONE);
  }
}
