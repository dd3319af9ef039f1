package org.casedesk.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One per-case fact of the report job (table report_case_fact, written by {@link
 * SnapshotRepository} only): mapped so that the case search can list the cases behind a figure in a
 * JPQL subquery ({@link org.casedesk.cases.ReportFigure}). Never loaded or written as an entity: a
 * case dispatched twice on a day has two DISPATCHED rows with the same key.
 */
@Entity
@Table(name = "report_case_fact")
@IdClass(ReportCaseFact.Key.class)
public class ReportCaseFact {

  @Id
  @Column(name = "report_day")
  private LocalDate reportDay;

  @Id
  @Column(name = "case_id")
  private Long caseId;

  /** ACCEPTED, CLOSED, DUE, DISPATCHED or LATE. */
  @Id private String kind;

  @Column(name = "category_id")
  private Long categoryId;

  private String channel;

  @Column(name = "grid_id")
  private Long gridId;

  @Column(name = "community_id")
  private Long communityId;

  @Column(name = "unit_id")
  private Long unitId;

  @Column(name = "closed_on_time")
  private int closedOnTime;

  @Column(name = "due_resolved")
  private int dueResolved;

  @Column(name = "due_overdue")
  private int dueOverdue;

  /** The due day of a LATE fact (resolved on report_day, after it). */
  @Column(name = "due_day")
  private LocalDate dueDay;

  protected ReportCaseFact() {}

  /** The key JPA asks for; not unique for DISPATCHED rows (see above). */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate reportDay;
    private Long caseId;
    private String kind;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(reportDay, k.reportDay)
          && Objects.equals(caseId, k.caseId)
          && Objects.equals(kind, k.kind);
    }

    @Override
    public int hashCode() {
      return Objects.hash(reportDay, caseId, kind);
    }
  }
}
