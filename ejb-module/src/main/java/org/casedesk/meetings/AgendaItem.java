package org.casedesk.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.casedesk.shared.BaseEntity;

/** An item on a meeting's agenda: an escalated case or a free topic. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends BaseEntity {

  @Id
  @SequenceGenerator(name = "agenda_ids", sequenceName = "meeting_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agenda_ids")
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;

  @Column(name = "case_id")
  private Long caseId;

  @Column(nullable = false, length = 500)
  private String topic;

  @Column(name = "no_task_needed", nullable = false)
  private boolean noTaskNeeded;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected AgendaItem() {}

  public AgendaItem(Long meetingId, Long caseId, String topic, LocalDateTime createdAt) {
    this.meetingId = meetingId;
    this.caseId = caseId;
    this.topic = topic;
    this.createdAt = createdAt;
  }

  public void noTaskNeeded() {
    this.noTaskNeeded = true;
  }

  @Override
  public Long getId() {
    return id;
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public Long getCaseId() {
    return caseId;
  }

  public String getTopic() {
    return topic;
  }

  public boolean isNoTaskNeeded() {
    return noTaskNeeded;
  }
}
