package org.casedesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casedesk.it.support.TestData;
import org.casedesk.reports.BoundSql;
import org.casedesk.reports.RebuildRequest;
import org.casedesk.reports.RebuildRequest.RunReason;
import org.casedesk.reports.ReportExclusion;
import org.casedesk.reports.SnapshotSql;

/**
 * The report rebuild at the SQL level, without Payara (a main, run with the test classpath and
 * {@code -Dtest.db.url}…): the job's statements per chunk of {@code -Dbench.chunkDays} (366) days,
 * each chunk in its own transaction with its deletes, into the real fact tables with their indexes,
 * against the same facts computed by one statement per table over all days into copies without
 * indexes, as ReportBenchmarkIT compares them. Prints {@code BENCH report.sql.…} lines.
 */
public final class ReportSqlBenchmark {

  private ReportSqlBenchmark() {}

  public static void main(String[] args) throws Exception {
    int chunkDays = Integer.getInteger("bench.chunkDays", 366);
    LocalDate first =
        LocalDate.parse(
            TestData.queryString("select cast(min(accepted_at) as date) from work_case"));
    LocalDate end = LocalDate.now(org.casedesk.calendar.WorkCalendar.ZONE);
    Set<ReportExclusion> exclusions = Set.of(ReportExclusion.DIRECT_ANSWER);
    Bench.printLoad("report.sql.before");
    double job = 0;
    try (Connection c = TestData.connect()) {
      c.setAutoCommit(false);
      for (LocalDate from = first; from.isBefore(end); from = from.plusDays(chunkDays)) {
        LocalDate to = from.plusDays(chunkDays).isBefore(end) ? from.plusDays(chunkDays) : end;
        RebuildRequest r = new RebuildRequest(from, to, 0, RunReason.MANUAL, exclusions);
        long t0 = System.nanoTime();
        try (PreparedStatement delete =
            c.prepareStatement(
                "delete from report_case_fact where report_day >= ? and report_day < ?")) {
          delete.setObject(1, from);
          delete.setObject(2, to);
          delete.executeUpdate();
        }
        for (String table : List.of("report_daily", "report_daily_late")) {
          try (PreparedStatement delete =
              c.prepareStatement(
                  "delete from " + table + " where report_day >= ? and report_day < ?")) {
            delete.setObject(1, from);
            delete.setObject(2, to);
            delete.executeUpdate();
          }
        }
        execute(
            c,
            SnapshotSql.caseFactsSql(r, SnapshotSql.CASE_FACTS),
            SnapshotSql.factsSql(r, "report_daily", SnapshotSql.CASE_FACTS),
            SnapshotSql.lateSql(r, "report_daily_late", SnapshotSql.CASE_FACTS));
        c.commit();
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("chunk %s..%s %.1f s%n", from, to, s);
        job += s;
      }
    }
    double one;
    try (Connection c = TestData.connect();
        Statement s = c.createStatement()) {
      for (String t : List.of("bench_case_fact", "bench_daily", "bench_late")) {
        s.execute("drop table if exists " + t);
      }
      s.execute("create table bench_case_fact (like report_case_fact)");
      s.execute("create table bench_daily (like report_daily)");
      s.execute("create table bench_late (like report_daily_late)");
      RebuildRequest all = new RebuildRequest(first, end, 0, RunReason.MANUAL, exclusions);
      long t0 = System.nanoTime();
      execute(
          c,
          SnapshotSql.caseFactsSql(all, "bench_case_fact"),
          SnapshotSql.factsSql(all, "bench_daily", "bench_case_fact"),
          SnapshotSql.lateSql(all, "bench_late", "bench_case_fact"));
      one = (System.nanoTime() - t0) / 1e9;
      for (String t : List.of("bench_case_fact", "bench_daily", "bench_late")) {
        s.execute("drop table " + t);
      }
    }
    Bench.print("report.sql.chunks", job, "s");
    Bench.print("report.sql.statement", one, "s");
    Bench.print("report.sql.ratio", job / one, "x");
    Bench.printLoad("report.sql.after");
  }

  private static void execute(Connection c, BoundSql... statements) throws Exception {
    for (BoundSql sql : statements) {
      long t0 = System.nanoTime();
      try (PreparedStatement p = sql.prepare(c)) {
        p.executeUpdate();
      }
      System.out.printf(
          "  %.1f s %s%n", (System.nanoTime() - t0) / 1e9, sql.sql().substring(0, 40));
    }
  }
}
