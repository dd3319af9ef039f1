package org.casedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import org.casedesk.calendar.WorkCalendar;
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
 * p50/p95 of the first page, a filtered page and a deep page, of the report page for a whole year
 * by unit at sub-district level and of the official's home page, and the SQL statements per request
 * (from pg_stat_statements when the database has it), also as {@code BENCH search.…} lines.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseSearchBenchmarkIT {

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
    measure(http, "first page", "first", "search/cases.xhtml");
    measure(
        http,
        "filtered page",
        "filtered",
        "search/cases.xhtml?state=CLOSED&category=2&channel=PHONE");
    measure(http, "deep page", "deep", "search/cases.xhtml?first=" + (total / 2 / 20 * 20));
    // the report of last year by responsible unit, at sub-district level: sums of the job's daily
    // rows (run ReportBenchmarkIT first on a fresh database, or the rows are not there yet)
    String lastYear = LocalDate.now(WorkCalendar.ZONE).minusYears(1).toString();
    measure(
        http,
        "report year",
        "report.year",
        "reports/report.xhtml?type=YEAR&day=" + lastYear + "&level=SUBDISTRICT&by=UNIT",
        "reportForm");
    measure(http, "home (official)", "home.official", "home.xhtml", "openCount");
    Bench.print("search.cases", total, "cases");
    Bench.printLoad("search");
  }

  private void measure(HttpClient http, String name, String key, String path) throws Exception {
    measure(http, name, key, path, "searchForm:results");
  }

  private void measure(HttpClient http, String name, String key, String path, String marker)
      throws Exception {
    HttpTimings.Timing t =
        HttpTimings.time(http, HttpRequest.newBuilder(uri(path)).GET().build(), RUNS, marker);
    System.out.printf("%-14s %8.1f %8.1f   %s%n", name, t.p50(), t.p95(), t.statements());
    Bench.print("search." + key + ".p50", t.p50(), "ms");
    Bench.print("search." + key + ".p95", t.p95(), "ms");
    if (t.statementsPerRequest() >= 0) {
      Bench.print("search." + key + ".statements", t.statementsPerRequest(), "statements/request");
    }
  }

  private URI uri(String path) {
    return URI.create(baseUrl.toString().replaceAll("/$", "") + "/" + path);
  }
}
