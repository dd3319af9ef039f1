package org.casedesk.batch.casereport;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps the reason of a failed chunk as the step's exit status, for the job screen. */
@Named
@Dependent
public class ReportErrorListener extends AbstractChunkListener {

  private static final int MAX = 500;

  @Inject private StepContext step;

  @Override
  public void onError(Exception e) {
    String message = "ERROR: " + e;
    step.setExitStatus(message.length() > MAX ? message.substring(0, MAX) : message);
  }
}
