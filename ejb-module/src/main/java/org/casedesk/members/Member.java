package org.casedesk.members;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.casedesk.shared.BaseEntity;

/** A person on the committee representing a unit, a party-member volunteer or a partner. */
@Entity
@Table(name = "committee_member")
public class Member extends BaseEntity {

  @Id
  @SequenceGenerator(name = "member_seq", sequenceName = "member_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_seq")
  private Long id;

  @Column(nullable = false, length = 60)
  private String name;

  @Column(name = "unit_id")
  private Long unitId;

  /** MEMBER, PARTY_VOLUNTEER, PARTNER, GRID_WORKER. */
  @Column(name = "committee_role", nullable = false, length = 30)
  private String committeeRole;

  @Column(name = "user_id")
  private Long userId;

  protected Member() {}

  public Member(String name, Long unitId, String committeeRole, Long userId) {
    this.name = name;
    this.unitId = unitId;
    this.committeeRole = committeeRole;
    this.userId = userId;
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Long getUnitId() {
    return unitId;
  }

  public String getCommitteeRole() {
    return committeeRole;
  }

  public Long getUserId() {
    return userId;
  }
}
