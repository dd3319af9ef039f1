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
 * A person on the committee representing a unit (委员), a party-member volunteer, a grid worker or a
 * partner. A member who leaves is marked inactive with the day; pairings, cases and hours stay.
 */
@Entity(name = "CommitteeMember")
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

  @Enumerated(EnumType.STRING)
  @Column(name = "committee_role", nullable = false, length = 30)
  private MemberKind kind;

  /** The position on the committee, e.g. 主任, 副主任, 委员. */
  @Column(length = 30)
  private String position;

  /** The login of a member who works in CaseDesk (grid workers, unit staff). */
  @Column(name = "user_id")
  private Long userId;

  @Column(name = "community_id")
  private Long communityId;

  @Column(name = "grid_id")
  private Long gridId;

  @Column(name = "joined_on")
  private LocalDate joinedOn;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "left_on")
  private LocalDate leftOn;

  protected Member() {}

  public Member(String name, Long unitId, MemberKind kind, Long userId) {
    this.name = name;
    this.unitId = unitId;
    this.kind = kind;
    this.userId = userId;
  }

  public Member placedIn(Long communityId, Long gridId) {
    this.communityId = communityId;
    this.gridId = gridId;
    return this;
  }

  public Member titled(String position, LocalDate joinedOn) {
    this.position = position;
    this.joinedOn = joinedOn;
    return this;
  }

  public void change(String name, Long unitId, MemberKind kind, String position, Long userId) {
    this.name = name;
    this.unitId = unitId;
    this.kind = kind;
    this.position = position;
    this.userId = userId;
  }

  /** Links the member to a login, or unlinks it ({@code null}); from user administration. */
  public void linkTo(Long userId) {
    this.userId = userId;
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

  public Long getUnitId() {
    return unitId;
  }

  public MemberKind getKind() {
    return kind;
  }

  public String getPosition() {
    return position;
  }

  public Long getUserId() {
    return userId;
  }

  public Long getCommunityId() {
    return communityId;
  }

  public Long getGridId() {
    return gridId;
  }

  public LocalDate getJoinedOn() {
    return joinedOn;
  }

  public boolean isActive() {
    return active;
  }

  public LocalDate getLeftOn() {
    return leftOn;
  }
}
