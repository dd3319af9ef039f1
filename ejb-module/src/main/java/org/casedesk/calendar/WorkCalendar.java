package org.casedesk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * Working days per the official calendar: weekends off and weekdays on, unless an exception day
 * (public holiday off, 调休 make-up working day on) says otherwise. Immutable.
 */
public final class WorkCalendar {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final Map<LocalDate, Boolean> exceptions;

  /**
   * @param exceptions day → working? for every day that differs from the weekday rule
   */
  public WorkCalendar(Map<LocalDate, Boolean> exceptions) {
    this.exceptions = Map.copyOf(exceptions);
  }

  public boolean isWorkingDay(LocalDate day) {
    Boolean exception = exceptions.get(day);
    if (exception != null) {
      return exception;
    }
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  /**
   * The due time of a limit of {@code workingDays} counted from the day of {@code start}: 24:00 of
   * the Nth working day after that day (DOMAIN.md, "Exact definitions").
   */
  public LocalDateTime dueAfterWorkingDays(LocalDateTime start, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays < 0");
    }
    LocalDate day = start.toLocalDate();
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day.plusDays(1).atStartOfDay();
  }

  /**
   * The end of {@code hours} working hours from {@code start}: only clock time on working days
   * counts (the sign-for limit, DOMAIN.md "Exact definitions").
   */
  public LocalDateTime dueAfterWorkingHours(LocalDateTime start, int hours) {
    if (hours < 0) {
      throw new IllegalArgumentException("hours < 0");
    }
    long remaining = hours * 60L;
    LocalDateTime t = start;
    while (true) {
      LocalDateTime midnight = t.toLocalDate().plusDays(1).atStartOfDay();
      if (isWorkingDay(t.toLocalDate())) {
        long available = java.time.Duration.between(t, midnight).toMinutes();
        if (remaining <= available) {
          return t.plusMinutes(remaining);
        }
        remaining -= available;
      }
      t = midnight;
    }
  }
}
