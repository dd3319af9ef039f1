package org.casedesk.batch.casereport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.casedesk.batch.casereport.ReportDays.Day;
import org.casedesk.reports.RebuildRequest.RunReason;
import org.junit.jupiter.api.Test;

class ReportDaysTest {

  private static Properties parameters(String... keyValues) {
    Properties p = new Properties();
    for (int i = 0; i < keyValues.length; i += 2) {
      p.setProperty(keyValues[i], keyValues[i + 1]);
    }
    return p;
  }

  @Test
  void aRangeIsEveryDayFromFirstToLastWithItsReason() {
    List<Day> days =
        ReportDays.of(parameters("from", "2026-02-27", "to", "2026-03-02", "reason", "MANUAL"));
    assertThat(days)
        .extracting(Day::day)
        .containsExactly(
            LocalDate.of(2026, 2, 27),
            LocalDate.of(2026, 2, 28),
            LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 3, 2));
    assertThat(days).extracting(Day::reason).containsOnly(RunReason.MANUAL);
  }

  @Test
  void theNightlyListReadsBackWhatItWrote() {
    List<Day> plan =
        List.of(
            new Day(LocalDate.of(2026, 11, 20), RunReason.CHANGED),
            new Day(LocalDate.of(2026, 11, 27), RunReason.CATCH_UP),
            new Day(LocalDate.of(2026, 11, 28), RunReason.NIGHTLY));
    assertThat(ReportDays.of(parameters("days", ReportDays.encode(plan)))).isEqualTo(plan);
  }

  @Test
  void oneDayIsARangeWithoutItsEndAndMissingPropertiesAreNoDays() {
    // a job parameter the start did not pass reaches a @BatchProperty as an empty string
    assertThat(ReportDays.of("", "2026-01-05", "", ""))
        .containsExactly(new Day(LocalDate.of(2026, 1, 5), RunReason.MANUAL));
    assertThat(ReportDays.of("", "", "", "")).isEmpty();
    assertThat(ReportDays.of(new Properties())).isEmpty();
  }
}
