package org.casedesk.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.casedesk.shared.BaseEntity;

/** A milestone of a project with its planned day and the day it was reached. */
@Entity
@Table(name = "project_milestone")
public class ProjectMilestone extends BaseEntity {

  @Id
  @SequenceGenerator(
      name = "project_milestone_seq",
      sequenceName = "project_milestone_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_milestone_seq")
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(nullable = false, length = 100)
  private String title;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "done_on")
  private LocalDate doneOn;

  @Column(name = "recorded_by")
  private Long recordedBy;

  protected ProjectMilestone() {}

  public ProjectMilestone(Long projectId, String title, LocalDate dueOn) {
    this.projectId = projectId;
    this.title = title;
    this.dueOn = dueOn;
  }

  public void reached(LocalDate on, Long by) {
    this.doneOn = on;
    this.recordedBy = by;
  }

  @Override
  public Long getId() {
    return id;
  }

  public Long getProjectId() {
    return projectId;
  }

  public LocalDate getDoneOn() {
    return doneOn;
  }
}
