package org.casedesk.batch.casereport;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.casedesk.reports.RebuildRequest.RunReason;

/**
 * The days one execution of {@code daily-case-report} rebuilds, read from its job parameters:
 * either {@code days} ("2026-11-27:NIGHTLY,2026-11-20:CHANGED", as the nightly plan writes them) or
 * the range {@code from}..{@code to} (inclusive) with one {@code reason}.
 */
public final class ReportDays {

  /** One day of work and why it is done. */
  public record Day(LocalDate day, RunReason reason) implements Serializable {}

  private ReportDays() {}

  public static List<Day> of(Properties parameters) {
    List<Day> days = new ArrayList<>();
    String list = parameters.getProperty("days");
    if (list != null && !list.isBlank()) {
      for (String entry : list.split(",")) {
        String[] parts = entry.trim().split(":");
        days.add(new Day(LocalDate.parse(parts[0]), RunReason.valueOf(parts[1])));
      }
      return days;
    }
    // "day": the one parameter of executions before days and ranges existed
    String from = parameters.getProperty("from", parameters.getProperty("day"));
    if (from == null) {
      return days;
    }
    return range(
        LocalDate.parse(from),
        LocalDate.parse(parameters.getProperty("to", from)),
        RunReason.valueOf(parameters.getProperty("reason", "MANUAL")));
  }

  private static List<Day> range(LocalDate from, LocalDate to, RunReason reason) {
    List<Day> days = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      days.add(new Day(day, reason));
    }
    return days;
  }

  /** The parameters for a list of days, as {@link #of} reads them back. */
  public static String encode(List<Day> days) {
    return String.join(",", days.stream().map(d -> d.day() + ":" + d.reason()).toList());
  }
}
