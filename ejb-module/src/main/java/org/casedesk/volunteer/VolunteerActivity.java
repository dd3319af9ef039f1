package org.casedesk.volunteer;

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
import org.casedesk.shared.BaseEntity;

/** A volunteer activity, e.g. 通渭路楼院清扫 on a Saturday morning. */
@Entity
@Table(name = "volunteer_activity")
public class VolunteerActivity extends BaseEntity {

  @Id
  @SequenceGenerator(
      name = "volunteer_activity_seq",
      sequenceName = "volunteer_activity_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "volunteer_activity_seq")
  private Long id;

  @Column(name = "community_id", nullable = false)
  private Long communityId;

  @Column(name = "grid_id")
  private Long gridId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ActivityType type;

  @Column(nullable = false, length = 100)
  private String title;

  @Column(name = "held_at", nullable = false)
  private LocalDateTime heldAt;

  @Column(length = 100)
  private String place;

  @Column(name = "organiser_unit_id")
  private Long organiserUnitId;

  @Column(name = "created_by", nullable = false)
  private Long createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected VolunteerActivity() {}

  public VolunteerActivity(
      Long communityId,
      Long gridId,
      ActivityType type,
      String title,
      LocalDateTime heldAt,
      String place,
      Long organiserUnitId,
      Long createdBy,
      LocalDateTime createdAt) {
    this.communityId = communityId;
    this.gridId = gridId;
    this.type = type;
    this.title = title;
    this.heldAt = heldAt;
    this.place = place;
    this.organiserUnitId = organiserUnitId;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  @Override
  public Long getId() {
    return id;
  }
}
