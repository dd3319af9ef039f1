package org.casedesk.reports;

import java.io.Serializable;
import java.util.List;

/**
 * Everything a report page shows, read in one go: the period's totals with the previous period (环比)
 * and the same period last year (同比), the breakdown's rows, the league tables of units and grids,
 * the five hot categories, the trend over the last twelve periods, and the committee's work in the
 * period and the previous one; and how far the job has covered this period, the previous one and
 * last year's (a change against an incomplete period is marked on the page).
 */
public record Report(
    ReportQuery query,
    Period period,
    Figures total,
    Figures previous,
    Figures lastYear,
    List<ReportRow> rows,
    List<RankedRow> unitLeague,
    List<RankedRow> gridLeague,
    List<HotCategory> hotCategories,
    List<TrendPoint> trend,
    CommitteeFigures committee,
    CommitteeFigures committeePrevious,
    Coverage coverage,
    Coverage previousCoverage,
    Coverage lastYearCoverage)
    implements Serializable {

  /** 环比 compares with or from a period that has days without a run. */
  public boolean periodChangeIncomplete() {
    return !coverage.complete() || !previousCoverage.complete();
  }

  /** 同比 compares with or from a period that has days without a run. */
  public boolean yearChangeIncomplete() {
    return !coverage.complete() || !lastYearCoverage.complete();
  }

  /** 受理量 环比. */
  public Double acceptedChange() {
    return Figures.change(total.accepted(), previous.accepted());
  }

  /** 受理量 同比. */
  public Double acceptedYearChange() {
    return Figures.change(total.accepted(), lastYear.accepted());
  }

  public Double closedChange() {
    return Figures.change(total.closed(), previous.closed());
  }

  public Double closedYearChange() {
    return Figures.change(total.closed(), lastYear.closed());
  }
}
