package org.casedesk.web.reports;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.casedesk.cases.ReportFigure;
import org.casedesk.reports.Breakdown;
import org.casedesk.reports.CommitteeFigures;
import org.casedesk.reports.Coverage;
import org.casedesk.reports.Figures;
import org.casedesk.reports.HotCategory;
import org.casedesk.reports.Level;
import org.casedesk.reports.Period;
import org.casedesk.reports.RankedRow;
import org.casedesk.reports.Report;
import org.casedesk.reports.ReportRow;
import org.casedesk.reports.TrendPoint;
import org.casedesk.web.reports.ReportTable.Cell;

/**
 * Turns a report into the tables of DOMAIN.md, formatted in the user's language: the period
 * summary, the breakdown (by unit, or by area with 满意率), the league tables and the hot categories.
 * The page and all three exports show exactly these tables. Rates with a denominator of 0 are "—".
 * Counts link to the case search for exactly the cases behind them (the job's per-case facts).
 * Changes against a period with days the job has not run yet are marked.
 */
public final class ReportTables {

  private final Report report;
  private final ResourceBundle bundle;
  private final Locale locale;
  private final boolean links;

  public ReportTables(Report report, ResourceBundle bundle, Locale locale, boolean links) {
    this.report = report;
    this.bundle = bundle;
    this.locale = locale;
    this.links = links;
  }

  /** The document's title: report name, period and level. */
  public String title() {
    return text("reports.heading") + " " + periodLabel(report.period());
  }

  /** 受理量 and 办结量 of the last twelve periods, for the trend chart. */
  public List<TrendPoint> trend() {
    return report.trend();
  }

  public String periodLabel(Period p) {
    return p.label() + " (" + p.first() + " – " + p.last() + ")";
  }

  public List<ReportTable> all() {
    return List.of(
        summary(),
        breakdown(),
        league("units", report.unitLeague(), Breakdown.UNIT),
        league("grids", report.gridLeague(), Breakdown.GRID),
        hot(),
        committee());
  }

  /**
   * What the page says above the figures when they are not final: days of the period without a run
   * ("本期截至 11-30，有 N 天尚未统计"), and that changes against an incomplete period are marked.
   */
  public List<String> notices() {
    List<String> notices = new ArrayList<>();
    Coverage now = report.coverage();
    if (!now.complete()) {
      notices.add(
          now.reportedUntil() == null
              ? text("reports.incomplete.none", now.unreported())
              : text(
                  "reports.incomplete",
                  now.reportedUntil().format(DateTimeFormatter.ofPattern("MM-dd")),
                  now.unreported()));
    }
    if (report.periodChangeIncomplete() || report.yearChangeIncomplete()) {
      notices.add(text("reports.incomplete.changes"));
    }
    return notices;
  }

  /** The footnotes with CaseDesk's exact definitions. */
  public List<String> footnotes() {
    List<String> notes = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      notes.add(text("reports.footnote." + i));
    }
    return notes;
  }

  public ReportTable summary() {
    Figures now = report.total();
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(
        List.of(
            Cell.of(text("reports.accepted")),
            count(now.accepted(), "", ReportFigure.ACCEPTED),
            Cell.of(String.valueOf(report.previous().accepted())),
            Cell.of(periodChange(report.acceptedChange())),
            Cell.of(String.valueOf(report.lastYear().accepted())),
            Cell.of(yearChange(report.acceptedYearChange()))));
    rows.add(
        List.of(
            Cell.of(text("reports.closed")),
            count(now.closed(), "", ReportFigure.CLOSED),
            Cell.of(String.valueOf(report.previous().closed())),
            Cell.of(periodChange(report.closedChange())),
            Cell.of(String.valueOf(report.lastYear().closed())),
            Cell.of(yearChange(report.closedYearChange()))));
    rows.add(indicator("reports.closingRate", Figures::closingRate));
    rows.add(indicator("reports.onTimeRate", Figures::onTimeRate));
    rows.add(indicator("reports.signingRate", Figures::signingRate));
    rows.add(indicator("reports.overdueRate", Figures::overdueRate));
    rows.add(indicator("reports.followUpRate", Figures::followUpRate));
    rows.add(indicator("reports.satisfactionRate", Figures::satisfactionRate));
    rows.add(indicator("reports.sentBackRate", Figures::sentBackRate));
    rows.add(indicator("reports.repeatRate", Figures::repeatRate));
    rows.add(
        List.of(
            Cell.of(text("reports.averageHours")),
            Cell.of(hours(now.averageHours())),
            Cell.of(hours(report.previous().averageHours())),
            Cell.of(""),
            Cell.of(hours(report.lastYear().averageHours())),
            Cell.of("")));
    rows.add(
        List.of(
            Cell.of(text("reports.overdueCount")),
            count(now.dueOverdue(), "", ReportFigure.OVERDUE),
            Cell.of(String.valueOf(report.previous().dueOverdue())),
            Cell.of(periodChange(Figures.change(now.dueOverdue(), report.previous().dueOverdue()))),
            Cell.of(String.valueOf(report.lastYear().dueOverdue())),
            Cell.of(yearChange(Figures.change(now.dueOverdue(), report.lastYear().dueOverdue())))));
    return new ReportTable(
        "summary",
        text("reports.table.summary"),
        List.of(
            text("reports.indicator"),
            text("reports.thisPeriod"),
            text("reports.previousPeriod"),
            text("reports.periodChange"),
            text("reports.lastYear"),
            text("reports.yearChange")),
        rows);
  }

  private List<Cell> indicator(String key, Function<Figures, Double> rate) {
    return List.of(
        Cell.of(text(key)),
        Cell.of(percent(rate.apply(report.total()))),
        Cell.of(percent(rate.apply(report.previous()))),
        Cell.of(""),
        Cell.of(percent(rate.apply(report.lastYear()))),
        Cell.of(""));
  }

  /** By responsible unit, or by area (community / grid) with 满意率, or by category / channel. */
  public ReportTable breakdown() {
    Breakdown by = report.query().breakdown();
    boolean area = by != Breakdown.UNIT;
    List<String> header = new ArrayList<>();
    header.add(text("reports.by." + by));
    for (String column :
        List.of(
            "accepted",
            "closed",
            "dispatched",
            "closedOnTime",
            "closedLate",
            "unresolved",
            "closingRate",
            "onTimeRate",
            "dissatisfied",
            "dissatisfactionRate")) {
      header.add(text("reports." + column));
    }
    if (area) {
      header.add(text("reports.satisfactionRate"));
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (ReportRow r : report.rows()) {
      Figures f = r.figures();
      String filter = dimension(by, r.key());
      List<Cell> row = new ArrayList<>();
      row.add(Cell.of(name(by, r)));
      row.add(count(f.accepted(), filter, ReportFigure.ACCEPTED));
      row.add(count(f.closed(), filter, ReportFigure.CLOSED));
      row.add(Cell.of(String.valueOf(f.dispatched())));
      row.add(count(f.closedOnTime(), filter, ReportFigure.CLOSED_ON_TIME));
      row.add(count(f.closedLate(), filter, ReportFigure.CLOSED_LATE));
      row.add(count(f.unresolved(), filter, ReportFigure.UNRESOLVED));
      row.add(Cell.of(percent(f.closingRate())));
      row.add(Cell.of(percent(f.onTimeRate())));
      row.add(Cell.of(String.valueOf(f.dissatisfied())));
      row.add(Cell.of(percent(f.dissatisfactionRate())));
      if (area) {
        row.add(Cell.of(percent(f.satisfactionRate())));
      }
      rows.add(row);
    }
    return new ReportTable("breakdown", text("reports.table.by." + by), header, rows);
  }

  ReportTable league(String id, List<RankedRow> league, Breakdown by) {
    List<List<Cell>> rows = new ArrayList<>();
    for (RankedRow r : league) {
      Figures f = r.row().figures();
      rows.add(
          List.of(
              Cell.of(r.rank() == 0 ? "—" : String.valueOf(r.rank())),
              Cell.of(name(by, r.row())),
              Cell.of(
                  r.score() == null ? "—" : String.format(Locale.ROOT, "%.1f", r.score() * 100)),
              Cell.of(percent(f.closingRate())),
              Cell.of(percent(f.onTimeRate())),
              Cell.of(percent(f.satisfactionRate())),
              Cell.of(percent(f.signingRate())),
              Cell.of(percent(f.overdueRate())),
              Cell.of(r.bottom() ? text("reports.bottomThree") : "")));
    }
    return new ReportTable(
        "league-" + id,
        text("reports.table.league." + id),
        List.of(
            text("reports.rank"),
            text("reports.by." + by),
            text("reports.score"),
            text("reports.closingRate"),
            text("reports.onTimeRate"),
            text("reports.satisfactionRate"),
            text("reports.signingRate"),
            text("reports.overdueRate"),
            text("reports.bottom")),
        rows);
  }

  ReportTable hot() {
    List<List<Cell>> rows = new ArrayList<>();
    int place = 1;
    for (HotCategory h : report.hotCategories()) {
      rows.add(
          List.of(
              Cell.of(String.valueOf(place++)),
              Cell.of(h.name() == null ? String.valueOf(h.categoryId()) : h.name().in(locale)),
              count(h.accepted(), "&category=" + h.categoryId(), ReportFigure.ACCEPTED),
              Cell.of(String.valueOf(h.previous())),
              Cell.of(periodChange(h.change()))));
    }
    return new ReportTable(
        "hot",
        text("reports.table.hot"),
        List.of(
            text("reports.rank"),
            text("reports.by.CATEGORY"),
            text("reports.accepted"),
            text("reports.previousPeriod"),
            text("reports.periodChange")),
        rows);
  }

  /** The committee's work (DOMAIN.md): this period, the previous one and the change. */
  ReportTable committee() {
    CommitteeFigures now = report.committee();
    CommitteeFigures before = report.committeePrevious();
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(work("reports.committee.meetings", now.meetings(), before.meetings()));
    rows.add(work("reports.committee.decisionsDone", now.decisionsDone(), before.decisionsDone()));
    rows.add(work("reports.committee.visits", now.pairingVisits(), before.pairingVisits()));
    rows.add(
        work(
            "reports.committee.visitsOnTime",
            now.pairingVisitsOnTime(),
            before.pairingVisitsOnTime()));
    rows.add(work("reports.committee.partsClaimed", now.partsClaimed(), before.partsClaimed()));
    rows.add(
        work(
            "reports.committee.projectsCompleted",
            now.projectsCompleted(),
            before.projectsCompleted()));
    rows.add(
        List.of(
            Cell.of(text("reports.committee.volunteerHours")),
            Cell.of(hours(now.volunteerHours())),
            Cell.of(hours(before.volunteerHours())),
            Cell.of(
                periodChange(
                    Figures.change(
                        now.volunteerHours().longValue(), before.volunteerHours().longValue())))));
    rows.add(work("reports.committee.mediations", now.mediationsEnded(), before.mediationsEnded()));
    rows.add(
        work(
            "reports.committee.agreements",
            now.mediationAgreements(),
            before.mediationAgreements()));
    return new ReportTable(
        "committee",
        text("reports.table.committee"),
        List.of(
            text("reports.indicator"),
            text("reports.thisPeriod"),
            text("reports.previousPeriod"),
            text("reports.periodChange")),
        rows);
  }

  private List<Cell> work(String key, long now, long before) {
    return List.of(
        Cell.of(text(key)),
        Cell.of(String.valueOf(now)),
        Cell.of(String.valueOf(before)),
        Cell.of(periodChange(Figures.change(now, before))));
  }

  /** A row's name: from the database, or from the bundle for channels and "no unit". */
  String name(Breakdown by, ReportRow r) {
    if (r.key() == null) {
      return text("reports.noUnit");
    }
    if (by == Breakdown.CHANNEL) {
      return text("channel." + r.key());
    }
    return r.name() == null ? r.key() : r.name().in(locale);
  }

  /** The case search's filter for a breakdown row; null when it has none (no unit). */
  private static String dimension(Breakdown by, String key) {
    if (key == null) {
      return null;
    }
    return switch (by) {
      case UNIT -> "&unit=" + key;
      case COMMUNITY -> "&community=" + key;
      case GRID -> "&grid=" + key;
      case CATEGORY -> "&category=" + key;
      case CHANNEL -> "&channel=" + key;
    };
  }

  /**
   * A count that links to the search for its cases: the figure, the report's level, the row's
   * dimension ({@code filter}, "" for the whole report, null for none) and the period's days.
   */
  private Cell count(long value, String filter, ReportFigure figure) {
    String text = String.valueOf(value);
    if (!links || value == 0 || filter == null) {
      return Cell.of(text);
    }
    return new Cell(text, searchQuery(filter, figure));
  }

  String searchQuery(String filter, ReportFigure figure) {
    Period p = report.period();
    StringBuilder q = new StringBuilder("figure=").append(figure);
    if (report.query().level() == Level.COMMUNITY) {
      q.append("&community=").append(report.query().areaId());
    } else if (report.query().level() == Level.GRID) {
      q.append("&grid=").append(report.query().areaId());
    }
    q.append(filter);
    q.append("&figureFrom=").append(p.first()).append("&figureTo=").append(p.last());
    return q.toString();
  }

  /** A 环比 change, marked when this or the previous period has days without a run. */
  private String periodChange(Double change) {
    return marked(change, report.periodChangeIncomplete());
  }

  /** A 同比 change, marked when this or last year's period has days without a run. */
  private String yearChange(Double change) {
    return marked(change, report.yearChangeIncomplete());
  }

  private String marked(Double change, boolean incomplete) {
    String text = change(change);
    return incomplete && change != null ? text("reports.change.incomplete", text) : text;
  }

  String percent(Double rate) {
    return rate == null ? text("report.none") : String.format(Locale.ROOT, "%.1f%%", rate * 100);
  }

  String change(Double change) {
    return change == null
        ? text("report.none")
        : String.format(Locale.ROOT, "%+.1f%%", change * 100);
  }

  private String hours(BigDecimal hours) {
    return hours == null ? text("report.none") : hours.toPlainString();
  }

  String text(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }
}
