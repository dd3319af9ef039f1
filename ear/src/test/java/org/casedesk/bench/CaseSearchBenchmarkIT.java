package org.casedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
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
    System.out.println("page                           p50 ms   p95 ms   SQL statements/request");
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
    measure(http, "home (subdistrict official)", "home.official", "home.xhtml", "openCount");
    Bench.print("search.cases", total, "cases");
    Bench.printLoad("search");

    // every role's home page, each as the user of that role with the most cases
    System.out.printf("%nHome pages over HTTP, %d runs each%n", RUNS);
    home("help desk", "helpdesk", busiest("c.created_by", "HELPDESK", d.helpdesk));
    home("handler / grid worker", "handler", busiest("c.handler_id", "HANDLER", d.handler));
    home("member-unit staff", "unitStaff", d.unitStaff);
    home("community official", "communityOfficial", busiestCommunityOfficial(d.communityOfficial));
    home("subdistrict official", "subdistrictOfficial", d.subdistrictOfficial);
    home("admin", "admin", d.admin);
    Bench.printLoad("home");
  }

  /** The home page of {@code username} (signed in with the test password). */
  private void home(String label, String key, String username) throws Exception {
    WebClient web = new WebClient(baseUrl);
    assertThat(web.login(username, TestData.PASSWORD).statusCode()).isEqualTo(302);
    HttpTimings.measure(
        web.http(), uri("home.xhtml"), RUNS, "openCount", "home (" + label + ")", "home." + key);
  }

  /**
   * The user of {@code role} with the most cases in {@code column} (e.g. the handler of the most
   * open cases), given the test password, or {@code fallback} when no such user has cases.
   */
  private static String busiest(String column, String role, String fallback) throws Exception {
    String user =
        TestData.queryString(
            "select u.username from app_user u where u.role = ? and u.id = (select "
                + column
                + " from work_case c where c.state <> 'CLOSED' group by 1 order by count(*) desc"
                + " limit 1)",
            role);
    return withTestPassword(user, fallback);
  }

  /** A community official of the community with the most cases, or {@code fallback}. */
  private static String busiestCommunityOfficial(String fallback) throws Exception {
    String user =
        TestData.queryString(
            "select min(u.username) from app_user u where u.role = ? and u.community_id ="
                + " (select community_id from work_case group by 1 order by count(*) desc limit 1)",
            "COMMUNITY_OFFICIAL");
    return withTestPassword(user, fallback);
  }

  /** Gives {@code user} the password of the freshly made {@code fallback} (benchmark data only). */
  private static String withTestPassword(String user, String fallback) throws Exception {
    if (user == null) {
      return fallback;
    }
    TestData.update(
        "update app_user set password_hash = (select password_hash from app_user where username"
            + " = ?), must_change_password = false where username = ?",
        fallback,
        user);
    return user;
  }

  private void measure(HttpClient http, String name, String key, String path) throws Exception {
    measure(http, name, key, path, "searchForm:results");
  }

  private void measure(HttpClient http, String name, String key, String path, String marker)
      throws Exception {
    HttpTimings.measure(http, uri(path), RUNS, marker, name, "search." + key);
  }

  private URI uri(String path) {
    return URI.create(baseUrl.toString().replaceAll("/$", "") + "/" + path);
  }
}
