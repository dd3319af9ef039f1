package org.casedesk.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.casedesk.shared.BaseEntity;

/** A part of a project that one member unit claims (认领) and carries out. */
@Entity
@Table(name = "project_part")
public class ProjectPart extends BaseEntity {

  @Id
  @SequenceGenerator(
      name = "project_part_seq",
      sequenceName = "project_part_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_part_seq")
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "unit_id")
  private Long unitId;

  @Column(name = "claimed_by")
  private Long claimedBy;

  @Column(name = "claimed_at")
  private LocalDateTime claimedAt;

  @Column(name = "done_at")
  private LocalDateTime doneAt;

  @Column(name = "done_note", length = 2000)
  private String doneNote;

  protected ProjectPart() {}

  public ProjectPart(Long projectId, String name) {
    this.projectId = projectId;
    this.name = name;
  }

  public void claim(Long unitId, Long by, LocalDateTime at) {
    this.unitId = unitId;
    this.claimedBy = by;
    this.claimedAt = at;
  }

  public void done(String note, LocalDateTime at) {
    this.doneNote = note;
    this.doneAt = at;
  }

  @Override
  public Long getId() {
    return id;
  }

  public Long getProjectId() {
    return projectId;
  }

  public String getName() {
    return name;
  }

  public Long getUnitId() {
    return unitId;
  }

  public Long getClaimedBy() {
    return claimedBy;
  }

  public LocalDateTime getClaimedAt() {
    return claimedAt;
  }

  public LocalDateTime getDoneAt() {
    return doneAt;
  }
}
