package org.casedesk.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * One step of a case's history. Append-only: no setters, and on PostgreSQL a trigger refuses UPDATE
 * and DELETE.
 */
@Entity
@Table(name = "case_history")
public class CaseHistory {

  @Id
  @SequenceGenerator(name = "history_seq", sequenceName = "history_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "history_seq")
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @Column(name = "actor_id", nullable = false, updatable = false)
  private Long actorId;

  @Column(name = "acted_at", nullable = false, updatable = false)
  private LocalDateTime at;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", length = 20, updatable = false)
  private CaseState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false, length = 20, updatable = false)
  private CaseState toState;

  @Enumerated(EnumType.STRING)
  @Column(length = 30, updatable = false)
  private CaseAction action;

  /** The resident's answer, on a follow-up row only. */
  @Enumerated(EnumType.STRING)
  @Column(length = 20, updatable = false)
  private Satisfaction satisfaction;

  @Size(max = 2000, message = "{case.note.size}")
  @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
  @Column(length = 2000, updatable = false)
  private String note;

  /**
   * For an approved extension: the due time it replaced, so the report also re-runs the day the
   * case used to be due on.
   */
  @Column(name = "previous_due_at", updatable = false)
  private LocalDateTime previousDueAt;

  protected CaseHistory() {}

  /** A follow-up: the move it causes, with the resident's answer. */
  static CaseHistory followUp(
      Long caseId,
      Long actorId,
      LocalDateTime at,
      CaseState fromState,
      CaseState toState,
      Satisfaction answer,
      String note) {
    CaseHistory row = new CaseHistory(caseId, actorId, at, fromState, toState, null, note);
    row.satisfaction = answer;
    return row;
  }

  void records(CaseAction action) {
    this.action = action;
  }

  void replacedDue(LocalDateTime previousDueAt) {
    this.previousDueAt = previousDueAt;
  }

  public CaseHistory(
      Long caseId,
      Long actorId,
      LocalDateTime at,
      CaseState fromState,
      CaseState toState,
      CaseAction action,
      String note) {
    this.caseId = caseId;
    this.action = action;
    this.actorId = actorId;
    this.at = at;
    this.fromState = fromState;
    this.toState = toState;
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getActorId() {
    return actorId;
  }

  public LocalDateTime getAt() {
    return at;
  }

  public CaseState getFromState() {
    return fromState;
  }

  public CaseState getToState() {
    return toState;
  }

  public CaseAction getAction() {
    return action;
  }

  public Satisfaction getSatisfaction() {
    return satisfaction;
  }

  public String getNote() {
    return note;
  }
}
