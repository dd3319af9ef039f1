package org.casedesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic across the autumn 2026 holidays and their 调休 weekend days. */
class WorkCalendarTest {

  /**
   * The exception days V1__schema.sql seeds for autumn 2026: 中秋节 25–27 September and 国庆节 1–7
   * October off; Sunday 20 September and Saturday 10 October are make-up working days.
   */
  private static WorkCalendar autumn2026() {
    Map<LocalDate, Boolean> exceptions = new HashMap<>();
    for (int d = 25; d <= 27; d++) {
      exceptions.put(LocalDate.of(2026, 9, d), false);
    }
    for (int d = 1; d <= 7; d++) {
      exceptions.put(LocalDate.of(2026, 10, d), false);
    }
    exceptions.put(LocalDate.of(2026, 9, 20), true);
    exceptions.put(LocalDate.of(2026, 10, 10), true);
    return new WorkCalendar(exceptions);
  }

  @Test
  void weekdaysWorkWeekendsRestUnlessTheCalendarSaysOtherwise() {
    WorkCalendar calendar = autumn2026();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 24))).as("Thursday").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 19))).as("Saturday").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).as("调休 Sunday").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 25))).as("holiday Friday").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).as("holiday Monday").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("调休 Saturday").isTrue();
  }

  @Test
  void dueTimeIsMidnightAfterTheNthWorkingDayCountedFromTheNextDay() {
    WorkCalendar calendar = autumn2026();
    // Tuesday 15 September, 5 working days: 16, 17, 18, 20 (调休 Sunday), 21 → due 22 Sep 00:00.
    assertThat(calendar.dueAfterWorkingDays(LocalDateTime.of(2026, 9, 15, 14, 0), 5))
        .isEqualTo(LocalDateTime.of(2026, 9, 22, 0, 0));
  }

  @Test
  void holidaysAreSkippedAndMakeUpWorkingDaysCount() {
    WorkCalendar calendar = autumn2026();
    // Wednesday 30 September: 1–7 Oct off; 8 Oct is day 1, 9 Oct day 2, 10 Oct (调休 Saturday) day 3.
    assertThat(calendar.dueAfterWorkingDays(LocalDateTime.of(2026, 9, 30, 9, 0), 3))
        .isEqualTo(LocalDateTime.of(2026, 10, 11, 0, 0));
    // Thursday 24 September, 1 working day: 25–27 off, Monday 28 is day 1.
    assertThat(calendar.dueAfterWorkingDays(LocalDateTime.of(2026, 9, 24, 16, 30), 1))
        .isEqualTo(LocalDateTime.of(2026, 9, 29, 0, 0));
    // Saturday 19 September: Sunday 20 (调休) already counts as day 1.
    assertThat(calendar.dueAfterWorkingDays(LocalDateTime.of(2026, 9, 19, 10, 0), 1))
        .isEqualTo(LocalDateTime.of(2026, 9, 21, 0, 0));
  }

  @Test
  void zeroWorkingDaysMeansTheEndOfTheSameDayAndNegativeIsRefused() {
    WorkCalendar calendar = autumn2026();
    assertThat(calendar.dueAfterWorkingDays(LocalDateTime.of(2026, 10, 3, 23, 59), 0))
        .isEqualTo(LocalDateTime.of(2026, 10, 4, 0, 0));
    assertThatThrownBy(() -> calendar.dueAfterWorkingDays(LocalDateTime.of(2026, 10, 3, 9, 0), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void signForHoursCountOnlyClockTimeOnWorkingDays() {
    WorkCalendar calendar = autumn2026();
    // Thursday 24 September 22:00, 4 working hours: 2 h that night, 25-27 off, 2 h on Monday 28.
    assertThat(calendar.dueAfterWorkingHours(LocalDateTime.of(2026, 9, 24, 22, 0), 4))
        .isEqualTo(LocalDateTime.of(2026, 9, 28, 2, 0));
    // Saturday 19 September 10:00 (off): the clock starts on the 调休 Sunday 20 at 00:00.
    assertThat(calendar.dueAfterWorkingHours(LocalDateTime.of(2026, 9, 19, 10, 0), 4))
        .isEqualTo(LocalDateTime.of(2026, 9, 20, 4, 0));
    // within one working day
    assertThat(calendar.dueAfterWorkingHours(LocalDateTime.of(2026, 9, 15, 9, 30), 4))
        .isEqualTo(LocalDateTime.of(2026, 9, 15, 13, 30));
  }
}
