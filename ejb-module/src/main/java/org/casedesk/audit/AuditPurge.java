package org.casedesk.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.casedesk.shared.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The audit log's retention: every night, lines older than {@code casedesk.audit.retention-months}
 * (default 12, never less than 6) are deleted, counted from the start of today (Asia/Shanghai); the
 * rest is kept. On PostgreSQL the append-only trigger allows exactly this: deleting lines older
 * than six months (V56), nothing else.
 */
@Singleton
@RolesAllowed(Roles.ADMIN)
public class AuditPurge {

  public static final int MIN_MONTHS = 6;

  private static final Logger LOG = Logger.getLogger(AuditPurge.class.getName());

  @Inject private AuditRepository audit;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "casedesk.audit.retention-months", defaultValue = "12")
  private int retentionMonths;

  /** Non-persistent: Payara Micro runs without the persistent timer service (RUNTIME.md). */
  @Schedule(hour = "3", minute = "20", persistent = false)
  @PermitAll
  public void nightly() {
    purge();
  }

  /** Deletes the lines older than the retention; gives how many. */
  public int purge() {
    int months = retentionMonths();
    LocalDate today = LocalDate.now(clock);
    int deleted = audit.deleteOlderThan(today.minusMonths(months).atStartOfDay());
    LOG.info(() -> "audit log purge: " + deleted + " lines older than " + months + " months");
    return deleted;
  }

  /** The retention in months: the setting, raised to the minimum of six months. */
  public int retentionMonths() {
    if (retentionMonths < MIN_MONTHS) {
      LOG.warning(
          () ->
              "casedesk.audit.retention-months="
                  + retentionMonths
                  + " is below the minimum; keeping "
                  + MIN_MONTHS);
      return MIN_MONTHS;
    }
    return retentionMonths;
  }
}
