package org.casedesk.web.reports;

import java.time.LocalDate;
import java.util.function.Function;
import org.casedesk.reports.Breakdown;
import org.casedesk.reports.Level;
import org.casedesk.reports.PeriodType;
import org.casedesk.reports.ReportQuery;

/**
 * The report's query parameters (type, day, level, community, grid, by), shared by the page and the
 * export servlet, with the defaults: this month's report of the whole area by unit, for the period
 * containing yesterday.
 */
public record ReportParameters(
    PeriodType type, LocalDate day, Level level, Long community, Long grid, Breakdown by) {

  /**
   * From request parameters; a malformed value throws IllegalArgumentException or
   * DateTimeException.
   */
  public static ReportParameters from(Function<String, String> parameter) {
    return new ReportParameters(
        parse(parameter.apply("type"), PeriodType::valueOf),
        parse(parameter.apply("day"), LocalDate::parse),
        parse(parameter.apply("level"), Level::valueOf),
        parse(parameter.apply("community"), Long::valueOf),
        parse(parameter.apply("grid"), Long::valueOf),
        parse(parameter.apply("by"), Breakdown::valueOf));
  }

  private static <T> T parse(String value, Function<String, T> parser) {
    return value == null || value.isBlank() ? null : parser.apply(value.trim());
  }

  /** The query, its day defaulting to the day before {@code today}. */
  public ReportQuery query(LocalDate today) {
    Level l = level == null ? Level.SUBDISTRICT : level;
    Long area =
        switch (l) {
          case SUBDISTRICT -> null;
          case COMMUNITY -> community;
          case GRID -> grid;
        };
    return new ReportQuery(
        type == null ? PeriodType.MONTH : type,
        day == null ? today.minusDays(1) : day,
        l,
        area,
        by == null ? Breakdown.UNIT : by);
  }

  /** The same parameters as a query string, for the export links. */
  public static String queryString(ReportQuery q) {
    StringBuilder s =
        new StringBuilder("type=")
            .append(q.type())
            .append("&day=")
            .append(q.day())
            .append("&level=")
            .append(q.level())
            .append("&by=")
            .append(q.breakdown());
    if (q.level() == Level.COMMUNITY) {
      s.append("&community=").append(q.areaId());
    } else if (q.level() == Level.GRID) {
      s.append("&grid=").append(q.areaId());
    }
    return s.toString();
  }
}
