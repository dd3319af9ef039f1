package org.casedesk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import org.casedesk.calendar.WorkCalendar;

/** Writes audit lines in the caller's transaction: what was shown is logged, or nothing is. */
@ApplicationScoped
public class AuditRepository {

  @PersistenceContext private EntityManager em;

  public void record(
      Long actorId, AuditAction action, Long caseId, Long residentId, String detail) {
    em.persist(
        new AuditEntry(
            LocalDateTime.now(WorkCalendar.ZONE), actorId, action, caseId, residentId, detail));
  }

  /** An administrative action on a user account. */
  public void recordAboutUser(Long actorId, AuditAction action, Long subjectUserId, String detail) {
    em.persist(
        AuditEntry.aboutUser(
            LocalDateTime.now(WorkCalendar.ZONE),
            actorId,
            action,
            subjectUserId,
            detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200)));
  }
}
