package org.casedesk.batch.dailyreport;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.casedesk.reports.SnapshotRepository;

/**
 * The transaction of the aggregation step. Called by the batch runtime, which may run without a
 * signed-in user (nightly timer), hence {@code @PermitAll}; pages cannot reach it (ArchUnit).
 */
@Stateless
public class DailySnapshotWriter {

  @Inject private SnapshotRepository snapshots;

  @PermitAll
  public int rebuild(LocalDate day, long executionId) {
    return snapshots.rebuildDay(day, executionId);
  }
}
