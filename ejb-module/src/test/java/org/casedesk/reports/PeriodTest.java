package org.casedesk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The period arithmetic of the report: ISO weeks across year ends, quarters, 环比 and 同比. */
class PeriodTest {

  private static Period of(PeriodType type, int y, int m, int d) {
    return Period.containing(type, LocalDate.of(y, m, d));
  }

  @Test
  void isoWeekAcrossTheYearEndBelongsToTheYearOfItsThursday() {
    // 2026 starts on a Thursday, so it has 53 ISO weeks; week 53 runs into 2027
    Period w53 = of(PeriodType.WEEK, 2026, 12, 31);
    assertThat(w53.first()).isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(w53.last()).isEqualTo(LocalDate.of(2027, 1, 3));
    assertThat(w53.label()).isEqualTo("2026-W53");
    assertThat(of(PeriodType.WEEK, 2027, 1, 3)).isEqualTo(w53);
    assertThat(of(PeriodType.WEEK, 2027, 1, 4).label()).isEqualTo("2027-W01");

    // 31 Dec 2025 (a Wednesday) already lies in week 1 of 2026
    Period w1 = of(PeriodType.WEEK, 2025, 12, 31);
    assertThat(w1.first()).isEqualTo(LocalDate.of(2025, 12, 29));
    assertThat(w1.last()).isEqualTo(LocalDate.of(2026, 1, 4));
    assertThat(w1.label()).isEqualTo("2026-W01");
    assertThat(w1.previous().label()).isEqualTo("2025-W52");
    assertThat(w1.previous().first()).isEqualTo(LocalDate.of(2025, 12, 22));
    assertThat(w1.days()).isEqualTo(7);
  }

  @Test
  void sameWeekLastYearIsTheSameWeekNumberAndWeek53FallsBackTo52() {
    Period w10 = of(PeriodType.WEEK, 2026, 3, 4);
    assertThat(w10.label()).isEqualTo("2026-W10");
    assertThat(w10.sameLastYear().first()).isEqualTo(LocalDate.of(2025, 3, 3));
    assertThat(w10.sameLastYear().label()).isEqualTo("2025-W10");
    // 2025 has only 52 weeks
    Period w53 = of(PeriodType.WEEK, 2026, 12, 30);
    assertThat(w53.sameLastYear().label()).isEqualTo("2025-W52");
    assertThat(w53.sameLastYear().first()).isEqualTo(LocalDate.of(2025, 12, 22));
  }

  @Test
  void quartersMonthsAndYears() {
    Period q4 = of(PeriodType.QUARTER, 2026, 11, 15);
    assertThat(q4.first()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(q4.last()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(q4.label()).isEqualTo("2026-Q4");
    assertThat(q4.previous().first()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(q4.previous().last()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(q4.sameLastYear().label()).isEqualTo("2025-Q4");
    Period q1 = of(PeriodType.QUARTER, 2026, 3, 31);
    assertThat(q1.first()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(q1.previous().label()).isEqualTo("2025-Q4");

    Period february = of(PeriodType.MONTH, 2024, 2, 10);
    assertThat(february.last()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(february.sameLastYear().last()).isEqualTo(LocalDate.of(2023, 2, 28));
    assertThat(of(PeriodType.MONTH, 2026, 1, 20).previous().label()).isEqualTo("2025-12");

    Period year = of(PeriodType.YEAR, 2026, 6, 1);
    assertThat(year.days()).isEqualTo(365);
    assertThat(year.previous().label()).isEqualTo("2025");
    assertThat(of(PeriodType.DAY, 2026, 3, 1).previous().label()).isEqualTo("2026-02-28");
    assertThat(of(PeriodType.DAY, 2024, 2, 29).sameLastYear().label()).isEqualTo("2023-02-28");
  }

  @Test
  void theTrendsTwelvePeriodsEndWithTheChosenOne() {
    List<Period> months = of(PeriodType.MONTH, 2026, 3, 9).lastPeriods(12);
    assertThat(months).hasSize(12);
    assertThat(months.get(0).label()).isEqualTo("2025-04");
    assertThat(months.get(11).label()).isEqualTo("2026-03");
    List<Period> weeks = of(PeriodType.WEEK, 2026, 1, 2).lastPeriods(3);
    assertThat(weeks).extracting(Period::label).containsExactly("2025-W51", "2025-W52", "2026-W01");
  }
}
