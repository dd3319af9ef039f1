package org.casedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
 * Benchmark, not a test (profile {@code benchmark}): the header's search box over HTTP with {@code
 * -Dbench.cases} (default 1,000,000) cases in PostgreSQL, one in ten with a resident (100,000
 * residents), one in a hundred with a word of its own in the description. Prints {@code BENCH
 * search.global.<kind>.p95 N ms} per kind of term, with p50 and the SQL statements per request
 * (from pg_stat_statements when the database has it).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GlobalSearchBenchmarkIT {

  private static final int RUNS = 40;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  @Test
  void searchBox() throws Exception {
    TestData d = TestData.create();
    int target = Integer.getInteger("bench.cases", 1_000_000);
    long have = TestData.queryLong("select count(*) from work_case where ? = 1", 1);
    if (have < target) {
      System.out.printf("generating %,d cases…%n", target - have);
      CaseGenerator.generate((int) (target - have));
    }
    prepareTerms();
    long total = TestData.queryLong("select count(*) from work_case where ? = 1", 1);

    WebClient web = new WebClient(baseUrl);
    assertThat(web.login(d.subdistrictOfficial, TestData.PASSWORD).statusCode()).isEqualTo(302);
    HttpClient http = web.http();
    // a case number as the help desk types it (yyyyMMdd-NNNNNN; the generator's are not)
    String caseNo =
        TestData.queryString(
            "select case_no from work_case where case_no like ? and id >= (select max(id) / 2"
                + " from work_case) order by id limit 1",
            "________-%");
    String phone =
        TestData.queryString(
            "select r.phone from resident r join work_case c on c.resident_id = r.id"
                + " where r.name like ? limit 1",
            "基准%");
    String name =
        TestData.queryString(
            "select r.name from resident r join work_case c on c.resident_id = r.id"
                + " where r.name like ? limit 1",
            "基准%");
    String word =
        TestData.queryString(
            "select substring(description from '编号[0-9]+') from work_case"
                + " where description like ? limit 1",
            "%编号%");

    System.out.printf(
        "%nThe search box over HTTP, %,d cases in PostgreSQL, %d runs each%n", total, RUNS);
    System.out.println("kind (term)                    p50 ms   p95 ms   SQL statements/request");
    measure(http, "caseNo", caseNo, caseNo);
    measure(http, "phone", phone.substring(phone.length() - 6), "searchForm:results");
    measure(http, "name", name, "searchForm:results");
    measure(http, "words", word, word);
    measure(http, "commonWord", "供水", "searchForm:results");
    Bench.printLoad("search.global");
  }

  /**
   * Residents on one case in ten, a word of its own in one description in a hundred, and case
   * numbers of the real shape on one case in a hundred.
   */
  private static void prepareTerms() throws SQLException {
    if (TestData.queryLong("select count(*) from work_case where case_no like ?", "________-%")
        == 0) {
      // one case in a hundred gets a case number of the real shape (yyyyMMdd-NNNNNN, unique by
      // the case's place in id order), the others keep the generator's
      TestData.update(
          "update work_case c set case_no = to_char(c.accepted_at, 'YYYYMMDD') || '-'"
              + " || lpad(k.n::text, 6, '0') from (select id, row_number() over (order by id) n"
              + " from work_case) k where k.id = c.id and k.n % 100 = ?",
          7);
      // the updates cleared the visibility map of the pages they touched (index-only scans)
      TestData.update("vacuum (analyze) work_case");
    }
    if (TestData.queryLong("select count(*) from work_case where description like ?", "% 编号%")
        > 0) {
      return;
    }
    try (Connection c = TestData.connect();
        Statement s = c.createStatement()) {
      if (TestData.queryLong("select count(*) from resident where name like ?", "基准%") == 0) {
        s.execute(
            "insert into resident (id, name, phone, id_number, flat_id)"
                + " select nextval('resident_seq'), '基准' || (array['张','王','李','赵','刘'])"
                + "[1 + g % 5] || g, '139' || lpad((g * 7919 % 100000000)::text, 8, '0'), '', null"
                + " from generate_series(1, 100000) g");
      }
      s.execute(
          "update work_case c set resident_id = r.id from (select id, row_number() over () n"
              + " from resident where name like '基准%') r, (select id, row_number() over"
              + " (order by id) n from work_case) k where k.id = c.id and k.n % 10 = 0"
              + " and r.n = 1 + (k.n / 10) % 100000");
      // every hundredth case by its place in id order (ids need not be consecutive)
      s.execute(
          "update work_case c set description = c.description || ' 编号' || c.id from (select id,"
              + " row_number() over (order by id) n from work_case) k where k.id = c.id"
              + " and k.n % 100 = 0");
      s.execute("vacuum (analyze) work_case");
      s.execute("analyze resident");
    }
  }

  /** Times the search for {@code term}, whose page must contain {@code found}. */
  private void measure(HttpClient http, String kind, String term, String found) throws Exception {
    URI address = uri("search/cases.xhtml?q=" + URLEncoder.encode(term, StandardCharsets.UTF_8));
    HttpTimings.measure(
        http, address, RUNS, found, kind + " (" + term + ")", "search.global." + kind);
  }

  private URI uri(String path) {
    return URI.create(baseUrl.toString().replaceAll("/$", "") + "/" + path);
  }
}
