package org.casedesk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.casedesk.shared.Masking;

/**
 * Writes audit lines in the caller's transaction (what was shown is logged, or nothing is), reads
 * them back for the audit screen and deletes them past the retention.
 */
@ApplicationScoped
public class AuditRepository {

  @PersistenceContext private EntityManager em;
  @jakarta.inject.Inject private Clock clock;

  public void record(
      Long actorId, AuditAction action, Long caseId, Long residentId, String detail) {
    em.persist(
        new AuditEntry(LocalDateTime.now(clock), actorId, action, caseId, residentId, detail));
  }

  /** An administrative action on a user account. */
  public void recordAboutUser(Long actorId, AuditAction action, Long subjectUserId, String detail) {
    em.persist(
        AuditEntry.aboutUser(
            LocalDateTime.now(clock),
            actorId,
            action,
            subjectUserId,
            detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200)));
  }

  /** The newest lines matching the filter first, up to {@code max}. */
  List<AuditItem> lines(AuditFilter filter, int max) {
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
    return q.setMaxResults(max).getResultStream().map(AuditRepository::item).toList();
  }

  /** Deletes the lines older than the cutoff; gives how many. */
  int deleteOlderThan(LocalDateTime cutoff) {
    return em.createQuery("delete from AuditEntry a where a.at < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
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
