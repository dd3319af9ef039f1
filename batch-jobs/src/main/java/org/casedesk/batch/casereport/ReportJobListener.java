package org.casedesk.batch.casereport;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps {@link RunningExecutions} up to date: from the job's start to its end, however it ends. */
@Named
@Dependent
public class ReportJobListener extends AbstractJobListener {

  @Inject private JobContext job;

  @Inject private RunningExecutions running;

  @Override
  public void beforeJob() {
    running.started(job.getExecutionId());
  }

  @Override
  public void afterJob() {
    running.ended(job.getExecutionId());
  }
}
