package org.casedesk.cases;

/**
 * A report figure whose cases the drill-down lists, defined on the per-case facts ({@code
 * reports.ReportCaseFact}, alias {@code f}) exactly as the figure is summed from them (see {@code
 * reports.Figures}): which cases counted, under which dimensions, as frozen by the day's run. The
 * exclusions are not repeated here; the job applied them when it wrote the facts.
 */
public enum ReportFigure {
  /** 受理量. */
  ACCEPTED("f.kind = 'ACCEPTED'"),
  /** 办结量. */
  CLOSED("f.kind = 'CLOSED'"),
  /** 按时办结. */
  CLOSED_ON_TIME("f.kind = 'CLOSED' and f.closedOnTime = 1"),
  /** 超时办结. */
  CLOSED_LATE("f.kind = 'CLOSED' and f.closedOnTime = 0"),
  /** 未办结: due in the period, not resolved on its due day nor later within the period. */
  UNRESOLVED(
      "f.kind = 'DUE' and f.dueResolved = 0 and not exists (select l.caseId from ReportCaseFact l"
          + " where l.caseId = f.caseId and l.kind = 'LATE' and l.reportDay between :figureFrom"
          + " and :figureTo and l.dueDay between :figureFrom and :figureTo)"),
  /** 超期件数. */
  OVERDUE("f.kind = 'DUE' and f.dueOverdue = 1");

  private final String condition;

  ReportFigure(String condition) {
    this.condition = condition;
  }

  /**
   * JPQL selecting the ids of the figure's cases on the days {@code :figureFrom} to {@code
   * :figureTo}; the caller may add conditions on the facts' dimensions ({@code f.unitId}, {@code
   * f.gridId}, …).
   */
  public String caseIds() {
    return "select f.caseId from ReportCaseFact f where f.reportDay between :figureFrom and"
        + " :figureTo and "
        + condition;
  }
}
