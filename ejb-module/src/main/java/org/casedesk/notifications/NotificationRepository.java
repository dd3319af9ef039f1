package org.casedesk.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes notifications in the caller's transaction (the action and its notification commit
 * together, or neither does) and reads a user's own.
 */
@ApplicationScoped
public class NotificationRepository {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** Tells {@code recipientId} about an action; nobody is notified of their own action. */
  public void notify(
      Long recipientId,
      NotificationKind kind,
      Long caseId,
      String subject,
      String detail,
      Long actorId) {
    if (recipientId == null || recipientId.equals(actorId)) {
      return;
    }
    em.persist(new Notification(recipientId, kind, caseId, subject, detail, actorId, now()));
  }

  /** Tells every active handler working for a member unit (its staff). */
  public void notifyUnitStaff(
      long unitId,
      NotificationKind kind,
      Long caseId,
      String subject,
      String detail,
      Long actorId) {
    em.createQuery(
            "select u.id from UserAccount u where u.memberUnitId = :unit and u.enabled = true"
                + " and u.role = 'HANDLER' order by u.id",
            Long.class)
        .setParameter("unit", unitId)
        .getResultList()
        .forEach(id -> notify(id, kind, caseId, subject, detail, actorId));
  }

  long unread(long recipientId) {
    return em.createQuery(
            "select count(n) from Notification n where n.recipientId = :me and n.readAt is null",
            Long.class)
        .setParameter("me", recipientId)
        .getSingleResult();
  }

  long total(long recipientId) {
    return em.createQuery(
            "select count(n) from Notification n where n.recipientId = :me", Long.class)
        .setParameter("me", recipientId)
        .getSingleResult();
  }

  /** A page of a user's notifications, newest first, with the actor's name. */
  List<NotificationItem> page(long recipientId, boolean unreadOnly, int first, int max) {
    return em.createQuery(
            "select n, a.displayName from Notification n left join UserAccount a on a.id = n.actorId"
                + " where n.recipientId = :me"
                + (unreadOnly ? " and n.readAt is null" : "")
                + " order by n.createdAt desc, n.id desc",
            Object[].class)
        .setParameter("me", recipientId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultStream()
        .map(
            row -> {
              Notification n = (Notification) row[0];
              return new NotificationItem(
                  n.getId(),
                  n.getKind(),
                  n.getCaseId(),
                  n.getSubject(),
                  n.getDetail(),
                  (String) row[1],
                  n.getCreatedAt(),
                  n.getReadAt() != null);
            })
        .toList();
  }

  /** Marks one of the user's notifications read; false if it is not theirs. */
  boolean markRead(long recipientId, long notificationId) {
    return em.createQuery(
                    "update Notification n set n.readAt = :now where n.id = :id"
                        + " and n.recipientId = :me and n.readAt is null")
                .setParameter("now", now())
                .setParameter("id", notificationId)
                .setParameter("me", recipientId)
                .executeUpdate()
            > 0
        || em.createQuery(
                    "select count(n) from Notification n where n.id = :id and n.recipientId = :me",
                    Long.class)
                .setParameter("id", notificationId)
                .setParameter("me", recipientId)
                .getSingleResult()
            > 0;
  }

  /** Marks the user's unread notifications read (all, or those about one case); how many. */
  int markAllRead(long recipientId, Long caseId) {
    jakarta.persistence.Query update =
        em.createQuery(
                "update Notification n set n.readAt = :now where n.recipientId = :me"
                    + " and n.readAt is null"
                    + (caseId == null ? "" : " and n.caseId = :case"))
            .setParameter("now", now())
            .setParameter("me", recipientId);
    if (caseId != null) {
      update.setParameter("case", caseId);
    }
    return update.executeUpdate();
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
