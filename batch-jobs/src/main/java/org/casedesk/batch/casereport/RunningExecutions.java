package org.casedesk.batch.casereport;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The report job's executions running in this deployment, kept by {@link ReportJobListener}. An
 * execution the job repository still shows STARTED that is not here has ended without its status
 * being written: the database was away when it failed (the repository lives in it too).
 */
@ApplicationScoped
public class RunningExecutions {

  private final Set<Long> running = ConcurrentHashMap.newKeySet();

  void started(long executionId) {
    running.add(executionId);
  }

  void ended(long executionId) {
    running.remove(executionId);
  }

  public boolean isRunning(long executionId) {
    return running.contains(executionId);
  }
}
