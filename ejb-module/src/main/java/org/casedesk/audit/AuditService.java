package org.casedesk.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;

/**
 * Reading the audit log: ADMIN only. Nobody can change it; only the retention purge removes lines
 * older than the retention ({@link AuditPurge}).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditService {

  /** The most lines one export holds. */
  public static final int EXPORT_MAX = 100_000;

  @Inject private AuditRepository audit;
  @Inject private AccountRepository accounts;
  @Inject private AuditPurge purge;
  @Resource private SessionContext context;

  /** The newest lines first. */
  public List<AuditItem> latest(@Min(1) @Max(1000) int max) {
    return search(AuditFilter.NONE, max);
  }

  /** The newest lines matching the filter first. */
  public List<AuditItem> search(@NotNull @Valid AuditFilter filter, @Min(1) @Max(1000) int max) {
    return query(filter, max);
  }

  /**
   * The lines of an export (up to {@link #EXPORT_MAX}), newest first; the export itself is written
   * to the audit log with its format and filter.
   */
  public List<AuditItem> export(
      @NotNull @Valid AuditFilter filter, @NotNull @Pattern(regexp = "CSV|XLSX") String format) {
    List<AuditItem> items = query(filter, EXPORT_MAX);
    long me = accounts.caller(context.getCallerPrincipal()).getId();
    audit.record(
        me,
        AuditAction.EXPORT_AUDIT,
        null,
        null,
        format + ", " + items.size() + " lines" + suffix(filter.describe()));
    return items;
  }

  /**
   * Runs the retention purge now (it also runs every night): deletes the lines older than the
   * retention, keeps the rest. Gives the number of lines deleted.
   */
  public int purgeNow() {
    return purge.purge();
  }

  private static String suffix(String described) {
    return described.isEmpty() ? "" : ", " + described;
  }

  private List<AuditItem> query(AuditFilter filter, int max) {
    if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
      throw new BusinessException("audit.filter.dates");
    }
    return audit.lines(filter, max);
  }
}
