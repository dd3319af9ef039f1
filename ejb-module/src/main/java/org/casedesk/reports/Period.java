package org.casedesk.reports;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole number of Asia/Shanghai days, first and last included: the period of a type that contains
 * a reference day, with its predecessor (环比) and the same period a year earlier (同比).
 */
public record Period(PeriodType type, LocalDate first, LocalDate last) implements Serializable {

  /** The period of this type that contains the day. */
  public static Period containing(PeriodType type, LocalDate day) {
    return switch (type) {
      case DAY -> new Period(type, day, day);
      case WEEK -> {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        yield new Period(type, monday, monday.plusDays(6));
      }
      case MONTH ->
          new Period(type, day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
      case QUARTER -> {
        LocalDate start = day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        yield new Period(type, start, start.plusMonths(3).minusDays(1));
      }
      case YEAR ->
          new Period(type, day.withDayOfYear(1), day.with(TemporalAdjusters.lastDayOfYear()));
    };
  }

  /** The period just before this one (环比). */
  public Period previous() {
    return containing(type, first.minusDays(1));
  }

  /**
   * The same period one year earlier (同比): the same day, ISO week number, month, quarter or year.
   * Week 53 of a year whose predecessor has only 52 weeks maps to week 52.
   */
  public Period sameLastYear() {
    if (type == PeriodType.WEEK) {
      int week = first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
      int year = first.get(IsoFields.WEEK_BASED_YEAR) - 1;
      LocalDate midYear = LocalDate.of(year, 7, 1);
      long weeks = midYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
      LocalDate day =
          midYear
              .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Math.min(week, weeks))
              .with(DayOfWeek.MONDAY);
      return containing(type, day);
    }
    return containing(type, first.minusYears(1));
  }

  /** This period and the {@code count - 1} before it, oldest first. */
  public List<Period> lastPeriods(int count) {
    List<Period> periods = new ArrayList<>();
    Period p = this;
    for (int i = 0; i < count; i++) {
      periods.add(0, p);
      p = p.previous();
    }
    return periods;
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }

  public long days() {
    return ChronoUnit.DAYS.between(first, last) + 1;
  }

  /** 2026-03-05, 2026-W10, 2026-03, 2026-Q1, 2026. */
  public String label() {
    return switch (type) {
      case DAY -> first.toString();
      case WEEK ->
          String.format(
              "%d-W%02d",
              first.get(IsoFields.WEEK_BASED_YEAR), first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format("%d-%02d", first.getYear(), first.getMonthValue());
      case QUARTER -> first.getYear() + "-Q" + first.get(IsoFields.QUARTER_OF_YEAR);
      case YEAR -> String.valueOf(first.getYear());
    };
  }
}
