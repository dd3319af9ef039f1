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

/** A committee meeting (社工委会议) of a community. */
@Entity
@Table(name = "meeting")
public class Meeting extends BaseEntity {

  @Id
  @SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
  private Long id;

  @Column(name = "community_id", nullable = false)
  private Long communityId;

  @Column(nullable = false, length = 100)
  private String title;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(length = 100)
  private String place;

  @Column(length = 8000)
  private String minutes;

  @Column(name = "minutes_at")
  private LocalDateTime minutesAt;

  @Column(name = "created_by", nullable = false)
  private Long createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected Meeting() {}

  public Meeting(
      Long communityId,
      String title,
      LocalDate heldOn,
      String place,
      Long createdBy,
      LocalDateTime createdAt) {
    this.communityId = communityId;
    this.title = title;
    this.heldOn = heldOn;
    this.place = place;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public void recordMinutes(String minutes, LocalDateTime at) {
    this.minutes = minutes;
    this.minutesAt = at;
  }

  @Override
  public Long getId() {
    return id;
  }

  public Long getCommunityId() {
    return communityId;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getPlace() {
    return place;
  }

  public String getMinutes() {
    return minutes;
  }

  public LocalDateTime getMinutesAt() {
    return minutesAt;
  }
}
