package org.casedesk.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.casedesk.shared.BaseEntity;

/** A decision of the meeting: a follow-up task with an owner (unit or member) and a deadline. */
@Entity
@Table(name = "decision")
public class Decision extends BaseEntity {

  @Id
  @SequenceGenerator(name = "decision_ids", sequenceName = "meeting_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_ids")
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;

  @Column(name = "agenda_item_id", nullable = false)
  private Long agendaItemId;

  @Column(name = "case_id")
  private Long caseId;

  @Column(name = "community_id", nullable = false)
  private Long communityId;

  @Column(nullable = false, length = 2000)
  private String text;

  @Column(name = "owner_unit_id")
  private Long ownerUnitId;

  @Column(name = "owner_member_id")
  private Long ownerMemberId;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "done_at")
  private LocalDateTime doneAt;

  @Column(name = "done_note", length = 2000)
  private String doneNote;

  @Column(name = "done_by")
  private Long doneBy;

  protected Decision() {}

  public Decision(
      AgendaItem item,
      Long communityId,
      String text,
      Long ownerUnitId,
      Long ownerMemberId,
      LocalDate dueOn,
      LocalDateTime createdAt) {
    this.meetingId = item.getMeetingId();
    this.agendaItemId = item.getId();
    this.caseId = item.getCaseId();
    this.communityId = communityId;
    this.text = text;
    this.ownerUnitId = ownerUnitId;
    this.ownerMemberId = ownerMemberId;
    this.dueOn = dueOn;
    this.createdAt = createdAt;
  }

  public void done(String note, Long by, LocalDateTime at) {
    this.doneNote = note;
    this.doneBy = by;
    this.doneAt = at;
  }

  @Override
  public Long getId() {
    return id;
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public Long getAgendaItemId() {
    return agendaItemId;
  }

  public String getDoneNote() {
    return doneNote;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getCommunityId() {
    return communityId;
  }

  public String getText() {
    return text;
  }

  public Long getOwnerUnitId() {
    return ownerUnitId;
  }

  public Long getOwnerMemberId() {
    return ownerMemberId;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public LocalDateTime getDoneAt() {
    return doneAt;
  }
}
