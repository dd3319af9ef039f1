package org.casedesk.web.reports;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.casedesk.reports.Breakdown;
import org.casedesk.reports.CommitteeFigures;
import org.casedesk.reports.Figures;
import org.casedesk.reports.HotCategory;
import org.casedesk.reports.Level;
import org.casedesk.reports.Period;
import org.casedesk.reports.RankedRow;
import org.casedesk.reports.Report;
import org.casedesk.reports.ReportRow;
import org.casedesk.web.reports.ReportTable.Cell;

/**
 * Turns a report into the tables of DOMAIN.md, formatted in the user's language: the period
 * summary, the breakdown (by unit, or by area with 满意率), the league tables and the hot categories.
 * The page and all three exports show exactly these tables. Rates with a denominator of 0 are "—".
 * Figures link to the case search where a filter can find the cases behind them.
 */
public final class ReportTables {

  /** Which cases a drill-down opens: accepted, closed (结案) or due in the period. */
  enum Measure {
    ACCEPTED,
    CLOSED,
    DUE
  }

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
    return text("report2.heading") + " " + periodLabel(report.period());
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

  /** The footnotes with CaseDesk's exact definitions. */
  public List<String> footnotes() {
    List<String> notes = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      notes.add(text("report2.footnote." + i));
    }
    return notes;
  }

  public ReportTable summary() {
    Figures now = report.total();
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(
        List.of(
            Cell.of(text("report2.accepted")),
            count(now.accepted(), "", Measure.ACCEPTED),
            Cell.of(String.valueOf(report.previous().accepted())),
            Cell.of(change(report.acceptedChange())),
            Cell.of(String.valueOf(report.lastYear().accepted())),
            Cell.of(change(report.acceptedYearChange()))));
    rows.add(
        List.of(
            Cell.of(text("report2.closed")),
            count(now.closed(), "", Measure.CLOSED),
            Cell.of(String.valueOf(report.previous().closed())),
            Cell.of(change(report.closedChange())),
            Cell.of(String.valueOf(report.lastYear().closed())),
            Cell.of(change(report.closedYearChange()))));
    rows.add(indicator("report2.closingRate", Figures::closingRate));
    rows.add(indicator("report2.onTimeRate", Figures::onTimeRate));
    rows.add(indicator("report2.signingRate", Figures::signingRate));
    rows.add(indicator("report2.overdueRate", Figures::overdueRate));
    rows.add(indicator("report2.followUpRate", Figures::followUpRate));
    rows.add(indicator("report2.satisfactionRate", Figures::satisfactionRate));
    rows.add(indicator("report2.sentBackRate", Figures::sentBackRate));
    rows.add(indicator("report2.repeatRate", Figures::repeatRate));
    rows.add(
        List.of(
            Cell.of(text("report2.averageHours")),
            Cell.of(hours(now.averageHours())),
            Cell.of(hours(report.previous().averageHours())),
            Cell.of(""),
            Cell.of(hours(report.lastYear().averageHours())),
            Cell.of("")));
    rows.add(
        List.of(
            Cell.of(text("report2.overdueCount")),
            count(now.dueOverdue(), "", Measure.DUE),
            Cell.of(String.valueOf(report.previous().dueOverdue())),
            Cell.of(change(Figures.change(now.dueOverdue(), report.previous().dueOverdue()))),
            Cell.of(String.valueOf(report.lastYear().dueOverdue())),
            Cell.of(change(Figures.change(now.dueOverdue(), report.lastYear().dueOverdue())))));
    return new ReportTable(
        "summary",
        text("report2.table.summary"),
        List.of(
            text("report2.indicator"),
            text("report2.thisPeriod"),
            text("report2.previousPeriod"),
            text("report2.periodChange"),
            text("report2.lastYear"),
            text("report2.yearChange")),
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
    header.add(text("report2.by." + by));
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
      header.add(text("report2." + column));
    }
    if (area) {
      header.add(text("report2.satisfactionRate"));
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (ReportRow r : report.rows()) {
      Figures f = r.figures();
      String filter = dimension(by, r.key());
      List<Cell> row = new ArrayList<>();
      row.add(Cell.of(name(by, r)));
      row.add(count(f.accepted(), filter, Measure.ACCEPTED));
      row.add(count(f.closed(), filter, Measure.CLOSED));
      row.add(Cell.of(String.valueOf(f.dispatched())));
      row.add(count(f.closedOnTime(), filter, Measure.CLOSED));
      row.add(count(f.closedLate(), filter, Measure.CLOSED));
      row.add(count(f.unresolved(), filter, Measure.DUE));
      row.add(Cell.of(percent(f.closingRate())));
      row.add(Cell.of(percent(f.onTimeRate())));
      row.add(Cell.of(String.valueOf(f.dissatisfied())));
      row.add(Cell.of(percent(f.dissatisfactionRate())));
      if (area) {
        row.add(Cell.of(percent(f.satisfactionRate())));
      }
      rows.add(row);
    }
    return new ReportTable("breakdown", text("report2.table.by." + by), header, rows);
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
              Cell.of(r.bottom() ? text("report2.bottomThree") : "")));
    }
    return new ReportTable(
        "league-" + id,
        text("report2.table.league." + id),
        List.of(
            text("report2.rank"),
            text("report2.by." + by),
            text("report2.score"),
            text("report2.closingRate"),
            text("report2.onTimeRate"),
            text("report2.satisfactionRate"),
            text("report2.signingRate"),
            text("report2.overdueRate"),
            text("report2.bottom")),
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
              count(h.accepted(), "&category=" + h.categoryId(), Measure.ACCEPTED),
              Cell.of(String.valueOf(h.previous())),
              Cell.of(change(h.change()))));
    }
    return new ReportTable(
        "hot",
        text("report2.table.hot"),
        List.of(
            text("report2.rank"),
            text("report2.by.CATEGORY"),
            text("report2.accepted"),
            text("report2.previousPeriod"),
            text("report2.periodChange")),
        rows);
  }

  /** The committee's work (DOMAIN.md): this period, the previous one and the change. */
  ReportTable committee() {
    CommitteeFigures now = report.committee();
    CommitteeFigures before = report.committeePrevious();
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(work("report2.committee.meetings", now.meetings(), before.meetings()));
    rows.add(work("report2.committee.decisionsDone", now.decisionsDone(), before.decisionsDone()));
    rows.add(work("report2.committee.visits", now.pairingVisits(), before.pairingVisits()));
    rows.add(
        work(
            "report2.committee.visitsOnTime",
            now.pairingVisitsOnTime(),
            before.pairingVisitsOnTime()));
    rows.add(work("report2.committee.partsClaimed", now.partsClaimed(), before.partsClaimed()));
    rows.add(
        work(
            "report2.committee.projectsCompleted",
            now.projectsCompleted(),
            before.projectsCompleted()));
    rows.add(
        List.of(
            Cell.of(text("report2.committee.volunteerHours")),
            Cell.of(hours(now.volunteerHours())),
            Cell.of(hours(before.volunteerHours())),
            Cell.of(
                change(
                    Figures.change(
                        now.volunteerHours().longValue(), before.volunteerHours().longValue())))));
    rows.add(work("report2.committee.mediations", now.mediationsEnded(), before.mediationsEnded()));
    rows.add(
        work(
            "report2.committee.agreements",
            now.mediationAgreements(),
            before.mediationAgreements()));
    return new ReportTable(
        "committee",
        text("report2.table.committee"),
        List.of(
            text("report2.indicator"),
            text("report2.thisPeriod"),
            text("report2.previousPeriod"),
            text("report2.periodChange")),
        rows);
  }

  private List<Cell> work(String key, long now, long before) {
    return List.of(
        Cell.of(text(key)),
        Cell.of(String.valueOf(now)),
        Cell.of(String.valueOf(before)),
        Cell.of(change(Figures.change(now, before))));
  }

  /** A row's name: from the database, or from the bundle for channels and "no unit". */
  String name(Breakdown by, ReportRow r) {
    if (r.key() == null) {
      return text("report2.noUnit");
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
   * A count that links to the search for its cases: the report's level, the row's dimension ({@code
   * filter}, "" for the whole report, null for none) and the period's days.
   */
  private Cell count(long value, String filter, Measure measure) {
    String text = String.valueOf(value);
    if (!links || value == 0 || filter == null) {
      return Cell.of(text);
    }
    return new Cell(text, searchQuery(filter, measure));
  }

  String searchQuery(String filter, Measure measure) {
    Period p = report.period();
    StringBuilder q = new StringBuilder();
    if (report.query().level() == Level.COMMUNITY) {
      q.append("&community=").append(report.query().areaId());
    } else if (report.query().level() == Level.GRID) {
      q.append("&grid=").append(report.query().areaId());
    }
    if (filter != null) {
      q.append(filter);
    }
    String prefix =
        switch (measure) {
          case ACCEPTED -> "";
          case CLOSED -> "closed";
          case DUE -> "due";
        };
    q.append('&').append(prefix.isEmpty() ? "from" : prefix + "From").append('=').append(p.first());
    q.append('&').append(prefix.isEmpty() ? "to" : prefix + "To").append('=').append(p.last());
    return q.substring(1);
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
