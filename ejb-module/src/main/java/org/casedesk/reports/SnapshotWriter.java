package org.casedesk.reports;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * The transaction of the daily-case-report step, for the batch-jobs module. It lives here because a
 * persistence unit belongs to its module: in the EAR, beans of casedesk-batch.jar cannot use this
 * module's entity manager. Called by the batch runtime, which may run without a signed-in user
 * (nightly timer), hence {@code @PermitAll}; pages cannot reach it (ArchUnit).
 */
@Stateless
public class SnapshotWriter {

  @Inject private SnapshotRepository snapshots;

  @PermitAll
  public int rebuild(LocalDate day, long executionId) {
    return snapshots.rebuildDay(day, executionId);
  }
}
