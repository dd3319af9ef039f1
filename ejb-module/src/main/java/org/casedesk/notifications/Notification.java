package org.casedesk.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One notification of one user; only its read time ever changes. */
@Entity
@Table(name = "notification")
public class Notification {

  /** The longest detail kept (a note is cut there: the case page has all of it). */
  static final int DETAIL_LENGTH = 200;

  @Id
  @SequenceGenerator(
      name = "notification_seq",
      sequenceName = "notification_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
  private Long id;

  @Column(name = "recipient_id", nullable = false, updatable = false)
  private Long recipientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  private NotificationKind kind;

  @Column(name = "case_id", updatable = false)
  private Long caseId;

  /** The case number, or the task's text (shortened). */
  @Column(nullable = false, length = 60, updatable = false)
  private String subject;

  @Column(length = DETAIL_LENGTH, updatable = false)
  private String detail;

  @Column(name = "actor_id", updatable = false)
  private Long actorId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "read_at")
  private LocalDateTime readAt;

  protected Notification() {}

  Notification(
      Long recipientId,
      NotificationKind kind,
      Long caseId,
      String subject,
      String detail,
      Long actorId,
      LocalDateTime createdAt) {
    this.recipientId = recipientId;
    this.kind = kind;
    this.caseId = caseId;
    this.subject = cut(subject, 60);
    this.detail = detail == null || detail.isBlank() ? null : cut(detail.strip(), DETAIL_LENGTH);
    this.actorId = actorId;
    this.createdAt = createdAt;
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public Long getRecipientId() {
    return recipientId;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getSubject() {
    return subject;
  }

  public String getDetail() {
    return detail;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getReadAt() {
    return readAt;
  }
}
