package org.casedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.Login;
import org.casedesk.it.support.TestData;
import org.casedesk.reports.BoundSql;
import org.casedesk.reports.JobExecutionItem;
import org.casedesk.reports.RebuildRequest;
import org.casedesk.reports.RebuildRequest.RunReason;
import org.casedesk.reports.ReportExclusion;
import org.casedesk.reports.ReportJobs;
import org.casedesk.reports.SnapshotSql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test (profile {@code benchmark}): the report job on the database it is pointed
 * at, topped up to {@code -Dbench.cases} generated cases (default 1,000,000; it reaches Payara
 * Micro as the environment variable BENCH_CASES). Prints: (1) the full rebuild of every day by the
 * job vs. the same facts computed by one {@code insert … select … group by} over all days, one
 * after the other, and the job once more over the same days (every fact replaced); (2) the nightly
 * run of one day after 5,000 cases closed on it; (3) the peak heap the Payara JVM used above its
 * level before each run. Run it once on a 1,000,000-case database and once on an empty one to
 * compare (2), on 100,000 and 1,000,000 to compare (3).
 */
@ExtendWith(ArquillianExtension.class)
class ReportBenchmarkIT {

  private static final int DAY_CASES = 5_000;

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(ReportBenchmarkIT.class, CaseGenerator.class);
  }

  @EJB private ReportJobs jobs;
  @Inject private Login login;

  @Test
  void fullRebuildNightlyRunAndHeap() throws Exception {
    TestData d = TestData.create();
    login.as(d.admin);
    jobs.executions(1); // the batch runtime's repository is set up before the load begins
    String wanted = System.getenv("BENCH_CASES");
    long target = wanted == null ? 0 : Long.parseLong(wanted);
    long existing = count("select count(*) from work_case");
    if (existing < target) {
      CaseGenerator.generate((int) (target - existing));
    }
    LocalDate yesterday = LocalDate.now(WorkCalendar.ZONE).minusDays(1);
    addClosedCases(d, yesterday);
    long cases = count("select count(*) from work_case");
    long closed = count("select count(*) from work_case where state = 'CLOSED'");
    LocalDate first =
        LocalDate.parse(
            TestData.queryString("select cast(min(accepted_at) as date) from work_case"));
    login.as(d.admin);

    Bench.printLoad("report.before");
    Run full = timed(() -> jobs.startReport(first, yesterday, null));
    double oneStatement = oneStatement(first, yesterday);
    // the same days again: every fact is there and is replaced (idempotency has its price)
    // (environment BENCH_RERUN=false leaves it out, for a shorter run)
    Run rerun =
        "false".equals(System.getenv("BENCH_RERUN"))
            ? new Run("COMPLETED", Double.NaN, 0)
            : timed(() -> jobs.startReport(first, yesterday, null));
    Run nightly = timed(() -> jobs.startDailyReport(yesterday));

    System.out.printf(
        "%nReport job benchmark: %,d cases (%,d closed), days %s..%s (%d days)%n"
            + "  (1) full rebuild by the job        %8.1f s   peak heap +%,d MiB%n"
            + "      one insert…select…group by     %8.1f s   ratio job / statement = %.2f%n"
            + "  (2) nightly run of %s with %,d cases closed that day: %.2f s   peak heap +%,d MiB%n",
        cases,
        closed,
        first,
        yesterday,
        java.time.temporal.ChronoUnit.DAYS.between(first, yesterday) + 1,
        full.seconds,
        full.peakHeapMiB,
        oneStatement,
        full.seconds / oneStatement,
        yesterday,
        DAY_CASES,
        nightly.seconds,
        nightly.peakHeapMiB);
    System.out.printf(
        "      the same days again (facts replaced) %8.1f s   ratio = %.2f%n",
        rerun.seconds, rerun.seconds / oneStatement);
    Bench.print("report.cases", cases, "cases");
    Bench.print("report.rebuild.job", full.seconds, "s");
    Bench.print("report.rebuild.statement", oneStatement, "s");
    Bench.print("report.rebuild.ratio", full.seconds / oneStatement, "x");
    Bench.print("report.rebuild.heap", full.peakHeapMiB, "MiB");
    Bench.print("report.rerun.job", rerun.seconds, "s");
    Bench.print("report.rerun.ratio", rerun.seconds / oneStatement, "x");
    Bench.print("report.rerun.heap", rerun.peakHeapMiB, "MiB");
    Bench.print("report.nightly", nightly.seconds, "s");
    Bench.print("report.nightly.heap", nightly.peakHeapMiB, "MiB");
    Bench.printLoad("report.after");
    assertThat(full.status).isEqualTo("COMPLETED");
    assertThat(rerun.status).isEqualTo("COMPLETED");
    assertThat(nightly.status).isEqualTo("COMPLETED");
  }

  private record Run(String status, double seconds, long peakHeapMiB) {}

  private interface Start {
    long start() throws Exception;
  }

  /** Runs the job to its end, sampling the heap every 20 ms above the level before the start. */
  private Run timed(Start start) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long baseline = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(baseline);
    AtomicBoolean running = new AtomicBoolean(true);
    Thread sampler =
        new Thread(
            () -> {
              while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.start();
    long t0 = System.nanoTime();
    long id = start.start();
    JobExecutionItem done = null;
    while (done == null) {
      Thread.sleep(100);
      done =
          jobs.executions(20).stream()
              .filter(e -> e.executionId() == id && e.isFinished())
              .findFirst()
              .orElse(null);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    running.set(false);
    sampler.join();
    return new Run(done.status(), seconds, (peak.get() - baseline) >> 20);
  }

  /** The same facts, all days at once, into scratch copies of the tables. */
  private static double oneStatement(LocalDate first, LocalDate last) throws SQLException {
    RebuildRequest all =
        new RebuildRequest(
            first, last.plusDays(1), 0, RunReason.MANUAL, Set.of(ReportExclusion.DIRECT_ANSWER));
    try (Connection c = TestData.connect();
        Statement s = c.createStatement()) {
      s.execute("drop table if exists bench_daily");
      s.execute("drop table if exists bench_late");
      s.execute("drop table if exists bench_case_fact");
      s.execute("create table bench_case_fact (like report_case_fact)");
      s.execute("create table bench_daily (like report_daily)");
      s.execute("create table bench_late (like report_daily_late)");
      long t0 = System.nanoTime();
      for (BoundSql sql :
          List.of(
              SnapshotSql.caseFactsSql(all, "bench_case_fact"),
              SnapshotSql.factsSql(all, "bench_daily", "bench_case_fact"),
              SnapshotSql.lateSql(all, "bench_late", "bench_case_fact"))) {
        try (PreparedStatement p = sql.prepare(c)) {
          p.executeUpdate();
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      s.execute("drop table bench_daily");
      s.execute("drop table bench_late");
      s.execute("drop table bench_case_fact");
      return seconds;
    }
  }

  /** {@value #DAY_CASES} cases accepted in the ten days before {@code day} and closed on it. */
  private static void addClosedCases(TestData d, LocalDate day) throws SQLException {
    try (Connection c = TestData.connect();
        Statement s = c.createStatement()) {
      long before = count("select coalesce(max(id), 0) from work_case");
      s.executeUpdate(
          """
          insert into work_case (id, case_no, flat_id, grid_id, community_id, category_id, channel,
              description, state, handler_id, created_by, accepted_at, dispatched_at, due_at,
              resolved_at, closed_at, satisfaction, sent_back_count, anonymous, version, location_id)
          select nextval('case_seq'), 'B' || lpad(nextval('case_seq')::text, 14, '0'), %d, %d, %d,
                 2, 'PHONE', '基准测试诉求', 'CLOSED', u.id, u.id, x.accepted,
                 x.accepted + interval '5 minutes', x.accepted + interval '7 days',
                 date '%s' + random() * interval '20 hours', date '%s' + interval '22 hours',
                 'SATISFIED', 0, true, 0, %d
          from (select timestamp '%s 00:00:00' - random() * interval '10 days' accepted
                from generate_series(1, %d)) x,
               (select id from app_user where username = '%s') u
          """
              .formatted(d.flat, d.grid, d.community, day, day, d.flat, day, DAY_CASES, d.handler));
      s.executeUpdate(
          "insert into case_history (id, case_id, actor_id, acted_at, from_state, to_state)"
              + " select nextval('history_seq'), id, handler_id, dispatched_at, 'ACCEPTED',"
              + " 'DISPATCHED' from work_case where id > "
              + before);
    }
  }

  private static long count(String sql) {
    return TestData.queryLong(sql);
  }
}
