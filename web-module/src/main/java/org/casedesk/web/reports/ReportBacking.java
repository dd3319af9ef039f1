package org.casedesk.web.reports;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import org.casedesk.areas.AreaItem;
import org.casedesk.areas.AreaKind;
import org.casedesk.reports.Breakdown;
import org.casedesk.reports.Level;
import org.casedesk.reports.PeriodType;
import org.casedesk.reports.Report;
import org.casedesk.reports.ReportQuery;
import org.casedesk.reports.ReportRow;
import org.casedesk.reports.ReportService;
import org.casedesk.reports.TrendPoint;
import org.casedesk.web.security.UserSession;
import org.casedesk.web.shared.Messages;

/**
 * The report screen (GET page, bookmarkable: {@code ?type=&day=&level=&community=&grid=&by=}). The
 * form's button redirects to the chosen parameters; the page reads the report once.
 */
@Named
@RequestScoped
public class ReportBacking {

  @Inject private ReportService reports;
  @Inject private UserSession session;
  @Inject private Clock clock;

  private PeriodType type;
  private LocalDate day;
  private Level level;
  private Long community;
  private Long grid;
  private Breakdown by;

  private Report report;
  private ReportTables tables;
  private List<ReportTable> tableList = List.of();
  private List<AreaItem> communities = List.of();
  private List<AreaItem> grids = List.of();
  private String trendChart = "{}";
  private String breakdownChart = "{}";

  /** The areas to choose from, also on the form's postback (its menus validate against them). */
  @PostConstruct
  void init() {
    communities = reports.areas(AreaKind.COMMUNITY);
    grids = reports.areas(AreaKind.GRID);
  }

  public void load() {
    ReportQuery query =
        new ReportParameters(type, day, level, community, grid, by).query(LocalDate.now(clock));
    type = query.type();
    day = query.day();
    level = query.level();
    by = query.breakdown();
    Messages.attempt(() -> report = reports.report(query));
    if (report != null) {
      tables =
          new ReportTables(
              report,
              ResourceBundle.getBundle(Messages.BUNDLE, session.getLocale()),
              session.getLocale(),
              true);
      tableList = tables.all();
      trendChart = trend();
      breakdownChart = breakdown();
    }
  }

  /** The form's button: show the chosen report at its own address. */
  public String show() {
    return "/reports/report?faces-redirect=true&includeViewParams=true";
  }

  /** 受理量 and 办结量 over the last twelve periods, as a Chart.js configuration. */
  private String trend() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder accepted = Json.createArrayBuilder();
    JsonArrayBuilder closed = Json.createArrayBuilder();
    for (TrendPoint p : report.trend()) {
      labels.add(p.period().label());
      accepted.add(p.accepted());
      closed.add(p.closed());
    }
    return chart(
        "line",
        labels,
        tables.text("reports.accepted"),
        accepted,
        tables.text("reports.closed"),
        closed);
  }

  /** 受理量 and 办结量 of the breakdown's rows, as a Chart.js bar chart. */
  private String breakdown() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder accepted = Json.createArrayBuilder();
    JsonArrayBuilder closed = Json.createArrayBuilder();
    for (ReportRow r : report.rows()) {
      labels.add(tables.name(report.query().breakdown(), r));
      accepted.add(r.figures().accepted());
      closed.add(r.figures().closed());
    }
    return chart(
        "bar",
        labels,
        tables.text("reports.accepted"),
        accepted,
        tables.text("reports.closed"),
        closed);
  }

  private static String chart(
      String kind,
      JsonArrayBuilder labels,
      String firstLabel,
      JsonArrayBuilder first,
      String secondLabel,
      JsonArrayBuilder second) {
    return Json.createObjectBuilder()
        .add("type", kind)
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", firstLabel)
                                .add("data", first)
                                .add("borderColor", "#2563eb")
                                .add("backgroundColor", "#93c5fd"))
                        .add(
                            Json.createObjectBuilder()
                                .add("label", secondLabel)
                                .add("data", second)
                                .add("borderColor", "#16a34a")
                                .add("backgroundColor", "#86efac"))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString();
  }

  /** The export link's query string for a format. */
  public String exportQuery(String format) {
    return report == null
        ? ""
        : "format=" + format + "&" + ReportParameters.queryString(report.query());
  }

  public String getTrendChart() {
    return trendChart;
  }

  public String getBreakdownChart() {
    return breakdownChart;
  }

  public Report getReport() {
    return report;
  }

  public ReportTables getTables() {
    return tables;
  }

  public List<ReportTable> getTableList() {
    return tableList;
  }

  public List<AreaItem> getCommunities() {
    return communities;
  }

  public List<AreaItem> getGrids() {
    return grids;
  }

  public PeriodType[] getTypes() {
    return PeriodType.values();
  }

  public Level[] getLevels() {
    return Level.values();
  }

  public Breakdown[] getBreakdowns() {
    return Breakdown.values();
  }

  public PeriodType getType() {
    return type;
  }

  public void setType(PeriodType type) {
    this.type = type;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public Level getLevel() {
    return level;
  }

  public void setLevel(Level level) {
    this.level = level;
  }

  public Long getCommunity() {
    return community;
  }

  public void setCommunity(Long community) {
    this.community = community;
  }

  public Long getGrid() {
    return grid;
  }

  public void setGrid(Long grid) {
    this.grid = grid;
  }

  public Breakdown getBy() {
    return by;
  }

  public void setBy(Breakdown by) {
    this.by = by;
  }
}
