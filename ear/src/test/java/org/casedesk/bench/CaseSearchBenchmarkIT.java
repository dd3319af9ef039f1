package org.casedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.TestData;
import org.casedesk.it.support.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test (profile {@code benchmark}, excluded from {@code mvn verify}): the case
 * search page over HTTP with {@code -Dbench.cases} (default 1,000,000) cases in PostgreSQL. Prints
 * p50/p95 of the first page, a filtered page and a deep page, and the SQL statements per request
 * (from pg_stat_statements when the database has it).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseSearchBenchmarkIT {

  private static final int WARM_UP = 5;
  private static final int RUNS = 40;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  @Test
  void searchPage() throws Exception {
    TestData d = TestData.create();
    int target = Integer.getInteger("bench.cases", 1_000_000);
    long have = TestData.queryLong("select count(*) from work_case where ? = 1", 1);
    if (have < target) {
      System.out.printf("generating %,d cases…%n", target - have);
      CaseGenerator.generate((int) (target - have));
    }
    long total = TestData.queryLong("select count(*) from work_case where ? = 1", 1);

    WebClient web = new WebClient(baseUrl);
    assertThat(web.login(d.subdistrictOfficial, TestData.PASSWORD).statusCode()).isEqualTo(302);
    HttpClient http = web.http();

    System.out.printf(
        "%nCase search over HTTP, %,d cases in PostgreSQL, %d runs each%n", total, RUNS);
    System.out.println("page            p50 ms   p95 ms   SQL statements/request");
    measure(http, "first page", "search/cases.xhtml");
    measure(http, "filtered page", "search/cases.xhtml?state=CLOSED&category=2&channel=PHONE");
    measure(http, "deep page", "search/cases.xhtml?first=" + (total / 2 / 20 * 20));
  }

  private void measure(HttpClient http, String name, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri(path)).GET().build();
    for (int i = 0; i < WARM_UP; i++) {
      check(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }
    long statementsBefore = statements();
    double[] millis = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      check(http.send(request, HttpResponse.BodyHandlers.ofString()));
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    long statementsAfter = statements();
    Arrays.sort(millis);
    String perRequest =
        statementsBefore < 0
            ? "n/a (no pg_stat_statements)"
            : String.format("%.1f", (statementsAfter - statementsBefore) / (double) RUNS);
    System.out.printf(
        "%-14s %8.1f %8.1f   %s%n",
        name, millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1], perRequest);
  }

  private static void check(HttpResponse<String> page) {
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("searchForm:results");
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

  private URI uri(String path) {
    return URI.create(baseUrl.toString().replaceAll("/$", "") + "/" + path);
  }
}
