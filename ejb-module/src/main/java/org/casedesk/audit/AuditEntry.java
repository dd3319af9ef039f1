package org.casedesk.audit;

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

/** One line of the audit log. Append-only: no setters, nothing updatable. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

  @Id
  @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
  private Long id;

  @Column(name = "acted_at", nullable = false, updatable = false)
  private LocalDateTime at;

  @Column(name = "actor_id", nullable = false, updatable = false)
  private Long actorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  private AuditAction action;

  @Column(name = "case_id", updatable = false)
  private Long caseId;

  @Column(name = "resident_id", updatable = false)
  private Long residentId;

  @Column(length = 200, updatable = false)
  private String detail;

  /** The user an administrative action was about. */
  @Column(name = "subject_user_id", updatable = false)
  private Long subjectUserId;

  protected AuditEntry() {}

  public AuditEntry(
      LocalDateTime at,
      Long actorId,
      AuditAction action,
      Long caseId,
      Long residentId,
      String detail) {
    this.at = at;
    this.actorId = actorId;
    this.action = action;
    this.caseId = caseId;
    this.residentId = residentId;
    this.detail = detail;
  }

  /** A line about a user (administrative actions). */
  public static AuditEntry aboutUser(
      LocalDateTime at, Long actorId, AuditAction action, Long subjectUserId, String detail) {
    AuditEntry entry = new AuditEntry(at, actorId, action, null, null, detail);
    entry.subjectUserId = subjectUserId;
    return entry;
  }

  public Long getId() {
    return id;
  }

  public LocalDateTime getAt() {
    return at;
  }

  public Long getActorId() {
    return actorId;
  }

  public AuditAction getAction() {
    return action;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getResidentId() {
    return residentId;
  }

  public String getDetail() {
    return detail;
  }

  public Long getSubjectUserId() {
    return subjectUserId;
  }
}
