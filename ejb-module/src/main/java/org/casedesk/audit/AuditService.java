package org.casedesk.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDateTime;
import java.util.List;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Masking;
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

  @PersistenceContext private EntityManager em;
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
    StringBuilder jpql =
        new StringBuilder(
            "select a.at, u.displayName, a.action, c.caseNo, a.detail, u.username, r.name,"
                + " s.username from AuditEntry a join UserAccount u on u.id = a.actorId"
                + " left join WorkCase c on c.id = a.caseId"
                + " left join Resident r on r.id = a.residentId"
                + " left join UserAccount s on s.id = a.subjectUserId where a.id is not null");
    String user = blankToNull(filter.user());
    String resident = blankToNull(filter.resident());
    if (user != null) {
      jpql.append(" and (u.username = :user or u.displayName = :user or s.username = :user)");
    }
    if (resident != null) {
      jpql.append(" and r.name like :resident escape '\\'");
    }
    if (filter.action() != null) {
      jpql.append(" and a.action = :action");
    }
    if (filter.from() != null) {
      jpql.append(" and a.at >= :from");
    }
    if (filter.to() != null) {
      jpql.append(" and a.at < :to");
    }
    jpql.append(" order by a.at desc, a.id desc");
    TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class);
    if (user != null) {
      q.setParameter("user", user);
    }
    if (resident != null) {
      q.setParameter("resident", resident.replaceAll("([\\\\%_])", "\\\\$1") + "%");
    }
    if (filter.action() != null) {
      q.setParameter("action", filter.action());
    }
    if (filter.from() != null) {
      q.setParameter("from", filter.from().atStartOfDay());
    }
    if (filter.to() != null) {
      q.setParameter("to", filter.to().plusDays(1).atStartOfDay());
    }
    return q.setMaxResults(max).getResultStream().map(AuditService::item).toList();
  }

  private static AuditItem item(Object[] row) {
    return new AuditItem(
        (LocalDateTime) row[0],
        (String) row[1],
        (AuditAction) row[2],
        (String) row[3],
        (String) row[4],
        (String) row[5],
        row[6] == null ? null : Masking.name((String) row[6]),
        (String) row[7]);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
