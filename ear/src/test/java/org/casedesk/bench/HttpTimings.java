package org.casedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.casedesk.it.support.TestData;

/**
 * The page benchmarks' measurement: a request sent a few times to warm up, then timed over a number
 * of runs, with the SQL statements it cost (from pg_stat_statements when the database has it).
 */
final class HttpTimings {

  private static final int WARM_UP = 5;

  private HttpTimings() {}

  /** p50 and p95 in milliseconds; statements per request, or -1 without pg_stat_statements. */
  record Timing(double p50, double p95, double statementsPerRequest) {

    String statements() {
      return statementsPerRequest < 0
          ? "n/a (no pg_stat_statements)"
          : String.format("%.1f", statementsPerRequest);
    }
  }

  /** Times a GET whose answer must be 200 and contain {@code mustContain}. */
  static Timing time(HttpClient http, HttpRequest request, int runs, String mustContain)
      throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      check(http.send(request, HttpResponse.BodyHandlers.ofString()), mustContain);
    }
    long statementsBefore = statements();
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      check(http.send(request, HttpResponse.BodyHandlers.ofString()), mustContain);
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    long statementsAfter = statements();
    Arrays.sort(millis);
    return new Timing(
        millis[runs / 2],
        millis[(int) Math.ceil(runs * 0.95) - 1],
        statementsBefore < 0 ? -1 : (statementsAfter - statementsBefore) / (double) runs);
  }

  /**
   * Times a GET of {@code address} as {@link #time} does, prints a row of the benchmark's table
   * ({@code label}, p50, p95, statements per request) and the figures as {@code BENCH <key>.p50},
   * {@code <key>.p95} and {@code <key>.statements} lines.
   */
  static Timing measure(
      HttpClient http, URI address, int runs, String mustContain, String label, String key)
      throws Exception {
    Timing t = time(http, HttpRequest.newBuilder(address).GET().build(), runs, mustContain);
    System.out.printf("%-28s %8.1f %8.1f   %s%n", label, t.p50(), t.p95(), t.statements());
    Bench.print(key + ".p50", t.p50(), "ms");
    Bench.print(key + ".p95", t.p95(), "ms");
    if (t.statementsPerRequest() >= 0) {
      Bench.print(key + ".statements", t.statementsPerRequest(), "per-request");
    }
    return t;
  }

  private static void check(HttpResponse<String> page, String mustContain) {
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(mustContain);
  }

  /** Statements executed so far on this database, or -1 without pg_stat_statements. */
  private static long statements() {
    try (Connection c = TestData.connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select coalesce(sum(calls), 0) from pg_stat_statements s join pg_database d"
                    + " on d.oid = s.dbid where d.datname = current_database()"
                    + " and s.query not like '%pg_stat_statements%'")) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      return -1;
    }
  }
}
