package org.casedesk.members;

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
import org.casedesk.shared.BaseEntity;

/**
 * An organisation on the committee: 居委会, 业委会, 物业公司, 驻区单位, 社会组织 … A unit that leaves is marked
 * inactive with the day it left; its history stays.
 */
@Entity
@Table(name = "member_unit")
public class MemberUnit extends BaseEntity {

  @Id
  @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private UnitKind kind;

  /** The community it serves; none for units that serve the whole sub-district. */
  @Column(name = "community_id")
  private Long communityId;

  @Column(length = 100)
  private String contact;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "left_on")
  private LocalDate leftOn;

  protected MemberUnit() {}

  public MemberUnit(String name, UnitKind kind, Long communityId) {
    this.name = name;
    this.kind = kind;
    this.communityId = communityId;
  }

  public void change(String name, UnitKind kind, Long communityId, String contact) {
    this.name = name;
    this.kind = kind;
    this.communityId = communityId;
    this.contact = contact;
  }

  public void leave(LocalDate on) {
    this.active = false;
    this.leftOn = on;
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public UnitKind getKind() {
    return kind;
  }

  public Long getCommunityId() {
    return communityId;
  }

  public String getContact() {
    return contact;
  }

  public boolean isActive() {
    return active;
  }

  public LocalDate getLeftOn() {
    return leftOn;
  }
}
