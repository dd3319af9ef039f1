package org.casedesk.batch.casereport;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The report job's executions that ran in this deployment, and those still running, kept by {@link
 * ReportJobListener}. One that ran here and has ended, but that the job repository still shows
 * STARTED, ended without its status being written: the database was away when it failed (the
 * repository lives in it too). Executions of other deployments or nodes are never here.
 */
@ApplicationScoped
public class RunningExecutions {

  private final Set<Long> ranHere = ConcurrentHashMap.newKeySet();
  private final Set<Long> running = ConcurrentHashMap.newKeySet();

  void started(long executionId) {
    ranHere.add(executionId);
    running.add(executionId);
  }

  void ended(long executionId) {
    running.remove(executionId);
  }

  /** Whether the execution ran (or runs) in this deployment. */
  public boolean ranHere(long executionId) {
    return ranHere.contains(executionId);
  }

  /** Whether the execution ran in this deployment and has ended. */
  public boolean endedHere(long executionId) {
    return ranHere.contains(executionId) && !running.contains(executionId);
  }
}
