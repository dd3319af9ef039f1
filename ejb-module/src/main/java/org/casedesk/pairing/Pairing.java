package org.casedesk.pairing;

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

/** A member paired with a vulnerable resident for long-term care (结对帮扶). */
@Entity
@Table(name = "pairing")
public class Pairing extends BaseEntity {

  @Id
  @SequenceGenerator(name = "pairing_seq", sequenceName = "pairing_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pairing_seq")
  private Long id;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Column(name = "resident_id", nullable = false)
  private Long residentId;

  /** The vulnerable group the pairing is for; it sets the visit cadence. */
  @Column(nullable = false, length = 30)
  private String tag;

  @Column(name = "community_id", nullable = false)
  private Long communityId;

  @Column(name = "grid_id", nullable = false)
  private Long gridId;

  @Column(name = "started_on", nullable = false)
  private LocalDate startedOn;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "last_visit_on")
  private LocalDate lastVisitOn;

  @Column(name = "created_by", nullable = false)
  private Long createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected Pairing() {}

  public Pairing(
      Long memberId,
      Long residentId,
      String tag,
      Long communityId,
      Long gridId,
      LocalDate startedOn,
      Long createdBy,
      LocalDateTime createdAt) {
    this.memberId = memberId;
    this.residentId = residentId;
    this.tag = tag;
    this.communityId = communityId;
    this.gridId = gridId;
    this.startedOn = startedOn;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** The day the last visit (or else the start) was, from which the cadence counts. */
  public LocalDate countsFrom() {
    return lastVisitOn == null ? startedOn : lastVisitOn;
  }

  public void visited(LocalDate on) {
    if (lastVisitOn == null || on.isAfter(lastVisitOn)) {
      lastVisitOn = on;
    }
  }

  public void end(LocalDate on) {
    this.endedOn = on;
  }

  @Override
  public Long getId() {
    return id;
  }

  public Long getMemberId() {
    return memberId;
  }

  public Long getResidentId() {
    return residentId;
  }

  public String getTag() {
    return tag;
  }

  public Long getCommunityId() {
    return communityId;
  }

  public Long getGridId() {
    return gridId;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public LocalDate getLastVisitOn() {
    return lastVisitOn;
  }
}
