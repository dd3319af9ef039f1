package org.casedesk.projects;

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

/** A practical project (办实事项目), e.g. greening 通渭路 before the National Day. */
@Entity
@Table(name = "project")
public class Project extends BaseEntity {

  @Id
  @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
  private Long id;

  @Column(nullable = false, length = 100)
  private String title;

  @Column(nullable = false, length = 2000)
  private String description;

  @Column(name = "community_id", nullable = false)
  private Long communityId;

  @Column(name = "grid_id")
  private Long gridId;

  @Column(length = 100)
  private String place;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ProjectStatus status = ProjectStatus.OPEN;

  @Column(name = "created_by", nullable = false)
  private Long createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "completed_at")
  private LocalDateTime completedAt;

  @Column(name = "completion_note", length = 2000)
  private String completionNote;

  private Integer surveyed;

  private Integer satisfied;

  @Column(name = "acceptance_note", length = 2000)
  private String acceptanceNote;

  @Column(name = "accepted_at")
  private LocalDateTime acceptedAt;

  protected Project() {}

  public Project(
      String title,
      String description,
      Long communityId,
      Long gridId,
      String place,
      LocalDate dueOn,
      Long createdBy,
      LocalDateTime createdAt) {
    this.title = title;
    this.description = description;
    this.communityId = communityId;
    this.gridId = gridId;
    this.place = place;
    this.dueOn = dueOn;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public void complete(String note, LocalDateTime at) {
    this.status = ProjectStatus.COMPLETED;
    this.completionNote = note;
    this.completedAt = at;
  }

  public void accept(int surveyed, int satisfied, String note, LocalDateTime at) {
    this.status = ProjectStatus.ACCEPTED;
    this.surveyed = surveyed;
    this.satisfied = satisfied;
    this.acceptanceNote = note;
    this.acceptedAt = at;
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public Long getCommunityId() {
    return communityId;
  }

  public Long getGridId() {
    return gridId;
  }

  public String getPlace() {
    return place;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public ProjectStatus getStatus() {
    return status;
  }

  public LocalDateTime getCompletedAt() {
    return completedAt;
  }

  public String getCompletionNote() {
    return completionNote;
  }

  public Integer getSurveyed() {
    return surveyed;
  }

  public Integer getSatisfied() {
    return satisfied;
  }

  public String getAcceptanceNote() {
    return acceptanceNote;
  }

  public LocalDateTime getAcceptedAt() {
    return acceptedAt;
  }
}
