package org.casedesk.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casedesk.drill.DrillServer.awaitFinished;
import static org.casedesk.drill.DrillServer.awaitResumption;
import static org.casedesk.drill.DrillServer.checksums;
import static org.casedesk.drill.DrillServer.count;
import static org.casedesk.drill.DrillServer.exit;
import static org.casedesk.drill.DrillServer.isRunning;
import static org.casedesk.drill.DrillServer.runTime;
import static org.casedesk.drill.DrillServer.startRebuild;
import static org.casedesk.drill.DrillServer.status;
import static org.casedesk.drill.DrillServer.string;

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
 * The kill -9 drill (README, "Fault drills"), as an operator would do it: Payara Micro as its own
 * process on the test PostgreSQL with generated cases, with a fixed {@code --rootdir} and the start
 * command of the README. A full rebuild started on the job screen runs once uninterrupted (the
 * reference: a checksum of every fact table), then {@code drill.runs} times again, each time killed
 * with SIGKILL at a random moment of it and started again with the same command; the first tick
 * after the start (every minute here) must recover the cut-off execution, and the facts must equal
 * the reference, with every day's run committed once. Prints {@code DRILL kill9 runs=N
 * identical=M}.
 */
class Kill9DrillIT extends Drill {

  @Test
  void aKilledRebuildIsRecoveredAtTheFirstTickAfterARestartWithIdenticalFacts() throws Exception {
    int runs = Integer.getInteger("drill.runs", 10);
    int cases = Integer.getInteger("drill.cases", 300_000);
    server = new DrillServer("drill");
    server.start("start-0");
    TestData d = TestData.create(); // an ADMIN, and flats and handlers for the generated cases
    long existing = count("select count(*) from work_case");
    if (existing < cases) {
      CaseGenerator.generate((int) (cases - existing));
    }
    LocalDate first = LocalDate.parse(string("select min(accepted_at)::date::text from work_case"));
    LocalDate last = LocalDate.now(WorkCalendar.ZONE).minusDays(1);
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    System.out.printf(
        "DRILL kill9 setup cases=%d days=%d (%s..%s) rootdir=%s%n",
        count("select count(*) from work_case"), days, first, last, server.dir.resolve("root"));

    long reference = startRebuild(server.admin(d), first, last);
    awaitFinished(reference);
    Duration whole = runTime(reference);
    assertThat(status(reference)).isEqualTo("COMPLETED");
    List<String> expected = checksums();
    System.out.printf(
        "DRILL kill9 reference execution=%d seconds=%d %s%n",
        reference, whole.toSeconds(), expected);

    Random random = new Random();
    int identical = 0;
    for (int run = 1; run <= runs; run++) {
      long cut = startRebuild(server.admin(d), first, last);
      double at = 0.1 + 0.7 * random.nextDouble();
      Thread.sleep((long) (whole.toMillis() * at));
      long committed = count("select count(*) from report_run where execution_id = " + cut);
      if (!isRunning(cut)) { // ended before the kill
        System.out.printf("DRILL kill9 run=%d ended before the kill, run again%n", run--);
        awaitFinished(cut);
        continue;
      }
      server.kill(); // SIGKILL
      String before = status(cut);
      Instant restart = Instant.now();
      server.rootDirForRun(run);
      server.start("start-" + run);
      long resumed = awaitResumption(cut);
      Duration recovery = Duration.between(restart, Instant.now());
      long executions =
          count("select count(*) from jbatchexecutioninstancedata where jobexecid > " + cut);
      List<String> facts = checksums();
      // the days' runs since the kill: each day committed exactly once by one of the executions
      String since = " from report_run where execution_id >= " + cut;
      long daysRun = count("select count(distinct report_day)" + since);
      long runRows = count("select count(*)" + since);
      String screen = server.admin(d).get("admin/jobs.xhtml").body();
      boolean same =
          facts.equals(expected)
              && daysRun == days
              && runRows == days
              && "FAILED/CRASHED".equals(exit(cut))
              && "COMPLETED".equals(status(resumed))
              && screen.contains("续跑 #");
      identical += same ? 1 : 0;
      System.out.printf(
          "DRILL kill9 run=%d rootdir=%s killedAt=%.0f%% status=%s committedDays=%d cut=%d"
              + " resumed=%d executionsAfter=%d daysRun=%d runRows=%d recoverySeconds=%d"
              + " identical=%s%n",
          run,
          server.rootDir(),
          at * 100,
          before,
          committed,
          cut,
          resumed,
          executions,
          daysRun,
          runRows,
          recovery.toSeconds(),
          same);
      if (!same) {
        System.out.printf("DRILL kill9 run=%d facts %s%n", run, facts);
      }
    }
    System.out.printf("DRILL kill9 runs=%d identical=%d%n", runs, identical);
    assertThat(identical).as("server log in " + server.dir).isEqualTo(runs);
  }
}
