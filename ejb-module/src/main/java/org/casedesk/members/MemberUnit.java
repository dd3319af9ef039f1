package org.casedesk.members;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.casedesk.shared.BaseEntity;

/** An organisation on the committee: 居委会, 业委会, 物业公司, 驻区单位, 社会组织 … */
@Entity
@Table(name = "member_unit")
public class MemberUnit extends BaseEntity {

  @Id
  @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  /**
   * RESIDENTS_COMMITTEE, OWNERS_COMMITTEE, PROPERTY_COMPANY, RESIDENT_UNIT, SOCIAL_ORGANISATION.
   */
  @Column(nullable = false, length = 30)
  private String kind;

  @Column(name = "community_id")
  private Long communityId;

  protected MemberUnit() {}

  public MemberUnit(String name, String kind, Long communityId) {
    this.name = name;
    this.kind = kind;
    this.communityId = communityId;
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getKind() {
    return kind;
  }

  public Long getCommunityId() {
    return communityId;
  }
}
