package org.casedesk.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casedesk.drill.DrillServer.checksums;
import static org.casedesk.drill.DrillServer.count;
import static org.casedesk.drill.DrillServer.exit;
import static org.casedesk.drill.DrillServer.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.casedesk.bench.CaseGenerator;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.it.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * The kill -9 drill during the nightly run (README, "Fault drills"): the nightly plan's time is
 * midnight and it catches up {@code drill.nightly.days} (365) days, so the timer's tick starts a
 * NIGHTLY execution whenever those days have no run. Per round the days' runs are deleted (missed
 * nights), the tick's nightly execution is killed with SIGKILL at a random moment, the server
 * started again; the first tick after the start must resume it, with the facts of an uninterrupted
 * full rebuild and each day committed once. Prints {@code DRILL kill9-nightly runs=N identical=M}.
 */
class Kill9NightlyDrillIT extends Drill {

  @Test
  void aKilledNightlyRunIsResumedAtTheFirstTickWithIdenticalFacts() throws Exception {
    int runs = Integer.getInteger("drill.nightly.runs", 3);
    int days = Integer.getInteger("drill.nightly.days", 365);
    int cases = Integer.getInteger("drill.cases", 300_000);
    server = new DrillServer("drill-nightly");
    server.env.put("CASEDESK_REPORT_NIGHTLY_TIME", "00:00");
    server.env.put("CASEDESK_REPORT_CATCH_UP_DAYS", String.valueOf(days));
    server.start("start-0");
    TestData d = TestData.create();
    long existing = count("select count(*) from work_case");
    if (existing < cases) {
      CaseGenerator.generate((int) (cases - existing));
    }
    LocalDate first =
        LocalDate.parse(DrillServer.string("select min(accepted_at)::date::text from work_case"));
    LocalDate last = LocalDate.now(WorkCalendar.ZONE).minusDays(1);
    LocalDate from = last.minusDays(days - 1L);
    // the reference: an uninterrupted full rebuild, once the nightly plan has nothing left to do
    awaitIdle();
    long reference = DrillServer.startRebuild(server.admin(d), first, last);
    DrillServer.awaitFinished(reference);
    assertThat(status(reference)).isEqualTo("COMPLETED");
    List<String> expected = checksums();
    Duration whole = DrillServer.runTime(reference);
    // the nightly run's share of the rebuild (not Period.getDays(): the days of a Period of years)
    long nightlyMillis = whole.toMillis() * days / (ChronoUnit.DAYS.between(first, last) + 1);
    System.out.printf(
        "DRILL kill9-nightly setup cases=%d nightlyDays=%d (%s..%s) reference=%d seconds=%d%n",
        count("select count(*) from work_case"), days, from, last, reference, whole.toSeconds());

    Random random = new Random();
    int identical = 0;
    for (int run = 1; run <= runs; run++) {
      long before = DrillServer.newestExecution();
      // missed nights: the days have no run, so the next tick's nightly plan runs them again
      TestData.update("delete from report_run where report_day >= ?", from);
      long cut = awaitNightly(before);
      double at = 0.1 + 0.7 * random.nextDouble();
      Thread.sleep((long) (nightlyMillis * at));
      if (!DrillServer.isRunning(cut)) {
        System.out.printf("DRILL kill9-nightly run=%d ended before the kill, run again%n", run--);
        DrillServer.awaitFinished(cut);
        continue;
      }
      long committed = count("select count(*) from report_run where execution_id = " + cut);
      server.kill();
      Instant restart = Instant.now();
      server.rootDirForRun(run);
      server.start("start-" + run);
      long resumed = DrillServer.awaitResumption(cut);
      Duration recovery = Duration.between(restart, Instant.now());
      String since = " from report_run where execution_id >= " + cut;
      long daysRun = count("select count(distinct report_day)" + since);
      long runRows = count("select count(*)" + since);
      long missed = count("select count(*) from report_run where report_day >= '" + from + "'");
      boolean same =
          checksums().equals(expected)
              && daysRun == days
              && runRows == days
              && missed == days
              && "FAILED/CRASHED".equals(exit(cut))
              && "COMPLETED".equals(status(resumed));
      identical += same ? 1 : 0;
      System.out.printf(
          "DRILL kill9-nightly run=%d rootdir=%s killedAt=%.0f%% committedDays=%d cut=%d"
              + " resumed=%d daysRun=%d runRows=%d recoverySeconds=%d identical=%s%n",
          run,
          server.rootDir(),
          at * 100,
          committed,
          cut,
          resumed,
          daysRun,
          runRows,
          recovery.toSeconds(),
          same);
    }
    System.out.printf("DRILL kill9-nightly runs=%d identical=%d%n", runs, identical);
    assertThat(identical).as("server log in " + server.dir).isEqualTo(runs);
  }

  /** The NIGHTLY execution the timer starts after {@code before}. */
  private static long awaitNightly(long before) throws Exception {
    Instant end = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(end)) {
      long id = DrillServer.newestExecution();
      if (id > before) {
        return id;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("no nightly run started, see " + server.dir);
  }

  /** Until no execution is running (the nightly plan's own first run on this database). */
  private static void awaitIdle() throws Exception {
    Thread.sleep(70_000); // the first tick after start-up
    Instant end = Instant.now().plus(DrillServer.RUN_TIMEOUT);
    while (count(
                "select count(*) from jbatchexecutioninstancedata"
                    + " where batchstatus in ('STARTING', 'STARTED')")
            > 0
        && Instant.now().isBefore(end)) {
      Thread.sleep(2000);
    }
  }
}
