package org.casedesk.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Who took part in an activity (a member, a resident or a named volunteer) and for how long. */
@Entity
@Table(name = "activity_participant")
public class ActivityParticipant {

  @Id
  @SequenceGenerator(
      name = "activity_participant_seq",
      sequenceName = "activity_participant_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_participant_seq")
  private Long id;

  @Column(name = "activity_id", nullable = false)
  private Long activityId;

  @Column(name = "member_id")
  private Long memberId;

  @Column(name = "resident_id")
  private Long residentId;

  @Column(length = 60)
  private String name;

  @Column(nullable = false, precision = 6, scale = 2)
  private BigDecimal hours;

  protected ActivityParticipant() {}

  public ActivityParticipant(
      Long activityId, Long memberId, Long residentId, String name, BigDecimal hours) {
    this.activityId = activityId;
    this.memberId = memberId;
    this.residentId = residentId;
    this.name = name;
    this.hours = hours;
  }

  public Long getId() {
    return id;
  }
}
