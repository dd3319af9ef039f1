package org.casedesk.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A member invited to a meeting; attendance is unknown until recorded. */
@Entity
@Table(name = "meeting_invitee")
public class Invitee {

  @Id
  @SequenceGenerator(name = "invitee_ids", sequenceName = "meeting_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitee_ids")
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  private Boolean attended;

  protected Invitee() {}

  public Invitee(Long meetingId, Long memberId) {
    this.meetingId = meetingId;
    this.memberId = memberId;
  }

  public void attended(boolean attended) {
    this.attended = attended;
  }

  public Long getId() {
    return id;
  }
}
