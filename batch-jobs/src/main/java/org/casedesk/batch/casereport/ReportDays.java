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

  /** The days of an execution's parameters, as the job screen reads them back. */
  public static List<Day> of(Properties parameters) {
    return of(
        parameters.getProperty("days"),
        parameters.getProperty("from"),
        parameters.getProperty("to"),
        parameters.getProperty("reason"));
  }

  /**
   * The days from the job's properties ({@code @BatchProperty} of the job XML): the list {@code
   * days}, or else the range {@code from}..{@code to} with {@code reason} (default MANUAL).
   */
  public static List<Day> of(String list, String from, String to, String reason) {
    List<Day> days = new ArrayList<>();
    if (list != null && !list.isBlank()) {
      for (String entry : list.split(",")) {
        String[] parts = entry.trim().split(":");
        days.add(new Day(LocalDate.parse(parts[0]), RunReason.valueOf(parts[1])));
      }
      return days;
    }
    if (from == null || from.isBlank()) {
      return days;
    }
    return range(
        LocalDate.parse(from),
        LocalDate.parse(to == null || to.isBlank() ? from : to),
        RunReason.valueOf(reason == null || reason.isBlank() ? "MANUAL" : reason));
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
