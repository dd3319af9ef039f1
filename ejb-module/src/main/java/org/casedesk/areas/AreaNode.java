package org.casedesk.areas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One node of the address tree. Nodes below a grid carry their grid and community ids so that
 * routing and scoping need no recursive query.
 */
@Entity
@Table(name = "area_node")
public class AreaNode {

  @Id
  @SequenceGenerator(name = "area_seq", sequenceName = "area_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "area_seq")
  private Long id;

  @Column(name = "parent_id")
  private Long parentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AreaKind kind;

  @NotBlank
  @Size(max = 100)
  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "community_id")
  private Long communityId;

  @Column(name = "grid_id")
  private Long gridId;

  @Column(name = "no_property_company", nullable = false)
  private boolean noPropertyCompany;

  /** For a courtyard without a property company: its owning unit (产权单位). */
  @Column(name = "owner_unit_id")
  private Long ownerUnitId;

  @jakarta.persistence.Version private long version;

  protected AreaNode() {}

  /** A node under {@code parent}, inheriting its community and grid. */
  public AreaNode(AreaNode parent, AreaKind kind, String name) {
    this.kind = kind;
    this.name = name;
    if (parent != null) {
      this.parentId = parent.getId();
      this.communityId = parent.getCommunityId();
      this.gridId = parent.getGridId();
    }
  }

  /** Called once the id is known, for communities and grids that are their own scope. */
  public void scopeToSelf() {
    if (kind == AreaKind.COMMUNITY) {
      communityId = id;
    } else if (kind == AreaKind.GRID) {
      gridId = id;
    }
  }

  public Long getId() {
    return id;
  }

  public Long getParentId() {
    return parentId;
  }

  public AreaKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public Long getCommunityId() {
    return communityId;
  }

  public Long getGridId() {
    return gridId;
  }

  public boolean isNoPropertyCompany() {
    return noPropertyCompany;
  }

  public void setNoPropertyCompany(boolean noPropertyCompany) {
    this.noPropertyCompany = noPropertyCompany;
  }

  public Long getOwnerUnitId() {
    return ownerUnitId;
  }

  /** 无物业老旧楼院 with its owning unit, or (null) a courtyard with a property company. */
  public void ownedBy(Long ownerUnitId) {
    this.noPropertyCompany = ownerUnitId != null;
    this.ownerUnitId = ownerUnitId;
  }

  public void rename(String name) {
    this.name = name;
  }

  public long getVersion() {
    return version;
  }
}
