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
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.casedesk.shared.BaseEntity;

/** A service a member unit gave residents, e.g. the hospital's free health checks (免费体检). */
@Entity
@Table(name = "unit_service")
public class UnitServiceRecord extends BaseEntity {

  @Id
  @SequenceGenerator(
      name = "unit_service_seq",
      sequenceName = "unit_service_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_service_seq")
  private Long id;

  @Column(name = "community_id", nullable = false)
  private Long communityId;

  @Column(name = "grid_id")
  private Long gridId;

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ServiceType type;

  @Column(nullable = false, length = 100)
  private String title;

  @Column(name = "served_on", nullable = false)
  private LocalDate servedOn;

  @Column(name = "created_by", nullable = false)
  private Long createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected UnitServiceRecord() {}

  public UnitServiceRecord(
      Long communityId,
      Long gridId,
      Long unitId,
      ServiceType type,
      String title,
      LocalDate servedOn,
      Long createdBy,
      LocalDateTime createdAt) {
    this.communityId = communityId;
    this.gridId = gridId;
    this.unitId = unitId;
    this.type = type;
    this.title = title;
    this.servedOn = servedOn;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  @Override
  public Long getId() {
    return id;
  }
}
