package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.TestData;
import org.casedesk.it.support.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The security foundation over plain HTTP, as a browser sees it: health, session id change at
 * login, cookie-only sessions, logout, pages per role, response headers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebSecurityIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  private WebClient web;

  @BeforeEach
  void newBrowserSession() {
    web = new WebClient(baseUrl);
  }

  private URI uri(String path) {
    return web.uri(path);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return web.get(path);
  }

  private HttpResponse<String> post(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    return web.post(path, form);
  }

  /** An ajax POST as PrimeFaces sends it. */
  private HttpResponse<String> ajax(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    return web.post(path, form, "Faces-Request", "partial/ajax");
  }

  private String sessionId() {
    return web.sessionId();
  }

  private HttpResponse<String> login(String username, String password) throws Exception {
    return web.login(username, password);
  }

  @Test
  void healthReportsTheApplicationAndTheDatabaseUp() throws Exception {
    HttpResponse<String> health = get("health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body().replace(" ", ""))
        .contains("\"status\":\"UP\"")
        .contains("\"name\":\"database\"")
        .doesNotContain("DOWN");
  }

  @Test
  void loginChangesTheSessionIdAndLogoutEndsTheSession() throws Exception {
    TestData d = TestData.create();
    HttpResponse<String> loginPage = get("login.xhtml");
    assertThat(loginPage.body()).doesNotContainIgnoringCase(";jsessionid");
    assertThat(loginPage.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly"));
    String before = sessionId();

    HttpResponse<String> loggedIn = login(d.helpdesk, TestData.PASSWORD);
    assertThat(loggedIn.statusCode()).isEqualTo(302);
    assertThat(loggedIn.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/home.xhtml"));
    String after = sessionId();
    assertThat(after).isNotNull().isNotEqualTo(before);

    HttpResponse<String> home = get("home.xhtml");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("测试HELPDESK").doesNotContainIgnoringCase(";jsessionid");

    Map<String, String> logout = WebClient.postBack(home, "headerForm");
    logout.put("headerForm:logout", "headerForm:logout");
    HttpResponse<String> loggedOut = post("home.xhtml", logout);
    assertThat(loggedOut.statusCode()).isEqualTo(302);

    // The old session is gone: presenting its id again gets the login page, not the home page.
    HttpRequest replay =
        HttpRequest.newBuilder(uri("home.xhtml")).header("Cookie", "JSESSIONID=" + after).build();
    HttpResponse<String> replayed =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build()
            .send(replay, HttpResponse.BodyHandlers.ofString());
    assertThat(replayed.body()).doesNotContain("测试HELPDESK");
    assertThat(replayed.statusCode() == 302 || replayed.body().contains("loginForm")).isTrue();
  }

  @Test
  void anExpiredViewDuringAjaxGetsTheLocalisedExpiredPageWithAReloadLink() throws Exception {
    TestData d = TestData.create();
    login(d.helpdesk, TestData.PASSWORD);
    HttpResponse<String> page = get("helpdesk/register.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    Map<String, String> form = new LinkedHashMap<>();
    // The page's CSP nonce, as PrimeFaces's script sends it with every ajax request.
    form.put("primefaces.nonce", WebClient.postBack(page, "registerForm").get("primefaces.nonce"));
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", "registerForm:save");
    form.put("jakarta.faces.partial.execute", "@all");
    form.put("jakarta.faces.partial.render", "registerForm");
    form.put("registerForm", "registerForm");
    form.put("registerForm:save", "registerForm:save");
    form.put("jakarta.faces.ViewState", "-1234567890:987654321"); // a view this session never had
    HttpResponse<String> expired = ajax("helpdesk/register.xhtml", form);
    assertThat(expired.statusCode()).isEqualTo(200);
    assertThat(expired.body())
        .startsWith("<?xml")
        .contains("partial-response")
        .contains("页面已过期")
        .contains("重新打开此页")
        .contains("helpdesk/register.xhtml");
    assertThat(
            TestData.queryLong(
                "select count(*) from work_case where created_by = (select id from app_user"
                    + " where username = ?)",
                d.helpdesk))
        .isZero();
  }

  @Test
  void wrongPasswordIsRefusedWithAMessage() throws Exception {
    TestData d = TestData.create();
    HttpResponse<String> refused = login(d.helpdesk, "not-the-password");
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("用户名或密码错误");
    assertThat(get("home.xhtml").statusCode()).isEqualTo(302);
  }

  @Test
  void pagesAreConstrainedPerRole() throws Exception {
    TestData d = TestData.create();
    login(d.helpdesk, TestData.PASSWORD);
    assertThat(get("helpdesk/register.xhtml").statusCode()).isEqualTo(200);
    assertThat(get("admin/jobs.xhtml").statusCode()).isEqualTo(403);
    assertThat(get("handler/cases.xhtml").statusCode()).isEqualTo(403);
    assertThat(get("WEB-INF/templates/main.xhtml").statusCode()).isIn(403, 404);
  }

  @Test
  void everyScreenRendersForItsRoles() throws Exception {
    TestData d = TestData.create();
    login(d.admin, TestData.PASSWORD);
    for (String page :
        new String[] {
          "admin/jobs.xhtml",
          "admin/calendar.xhtml",
          "admin/categories.xhtml",
          "admin/routing.xhtml",
          "admin/areas.xhtml",
          "admin/audit.xhtml",
          "reports/report.xhtml",
          "search/cases.xhtml"
        }) {
      HttpResponse<String> response = get(page);
      assertThat(response.statusCode()).as(page).isEqualTo(200);
      assertThat(response.body()).as(page).doesNotContain("出错了");
    }
    assertThat(get("supervision/watch.xhtml").statusCode()).isEqualTo(403);

    newBrowserSession();
    login(d.communityOfficial, TestData.PASSWORD);
    for (String page :
        new String[] {
          "supervision/watch.xhtml",
          "search/cases.xhtml?state=CLOSED&overdue=true&first=20",
          "search/cases.xhtml?community=1&unit=1&closedFrom=2026-01-01&closedTo=2026-01-31"
              + "&dueFrom=2026-01-01&dueTo=2026-01-31",
          "reports/report.xhtml",
          "reports/report.xhtml?type=QUARTER&day=2026-02-01&level=SUBDISTRICT&by=CATEGORY"
        }) {
      HttpResponse<String> response = get(page);
      assertThat(response.statusCode()).as(page).isEqualTo(200);
      assertThat(response.body()).as(page).doesNotContain("出错了");
    }
    assertThat(get("reports/export?format=csv&type=MONTH&day=2026-03-01").statusCode())
        .isEqualTo(200);
    assertThat(get("reports/export?format=exe").statusCode()).isEqualTo(400);
    assertThat(get("reports/export?format=csv&day=yesterday").statusCode()).isEqualTo(400);
    assertThat(get("admin/calendar.xhtml").statusCode()).isEqualTo(403);

    newBrowserSession();
    login(d.helpdesk, TestData.PASSWORD);
    for (String page :
        new String[] {
          "helpdesk/followups.xhtml", "helpdesk/returned.xhtml", "helpdesk/batch.xhtml"
        }) {
      assertThat(get(page).statusCode()).as(page).isEqualTo(200);
    }
    assertThat(get("admin/audit.xhtml").statusCode()).isEqualTo(403);

    newBrowserSession();
    login(d.handler, TestData.PASSWORD);
    for (String queue : new String[] {"MINE", "GRID", "UNIT", "OVERDUE"}) {
      HttpResponse<String> response = get("handler/cases.xhtml?queue=" + queue);
      assertThat(response.statusCode()).as(queue).isEqualTo(200);
      assertThat(response.body()).as(queue).contains("cd-tab-active").doesNotContain("出错了");
    }
    assertThat(get("search/cases.xhtml").statusCode()).isEqualTo(403);
    assertThat(get("reports/export?format=csv").statusCode()).isEqualTo(403);
  }

  /**
   * The three export servlets answer alike (ExportServlet): the file as an attachment named with
   * today in Asia/Shanghai, 400 for a malformed parameter, 403 for a role the service refuses.
   */
  @Test
  void theExportServletsAnswerAlike() throws Exception {
    TestData d = TestData.create();
    String today = java.time.LocalDate.now(org.casedesk.calendar.WorkCalendar.ZONE).toString();
    login(d.communityOfficial, TestData.PASSWORD);
    HttpResponse<String> cases = get("search/export?format=xlsx&state=CLOSED");
    assertThat(cases.statusCode()).isEqualTo(200);
    assertThat(cases.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"casedesk-cases-" + today + ".xlsx\"");
    assertThat(cases.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(get("search/export?format=csv&from=yesterday").statusCode()).isEqualTo(400);
    assertThat(get("search/export?format=csv&state=SOMEWHERE").statusCode()).isEqualTo(400);
    HttpResponse<String> report = get("reports/export?format=csv&type=MONTH&day=2026-03-01");
    assertThat(report.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"casedesk-report-2026-03.csv\"");

    newBrowserSession();
    login(d.admin, TestData.PASSWORD);
    HttpResponse<String> audit = get("admin/audit/export?format=csv&from=" + today);
    assertThat(audit.statusCode()).isEqualTo(200);
    assertThat(audit.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(audit.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"casedesk-audit-" + today + ".csv\"");
    assertThat(get("admin/audit/export?format=csv&action=NOTHING").statusCode()).isEqualTo(400);

    newBrowserSession();
    login(d.handler, TestData.PASSWORD);
    assertThat(get("search/export?format=csv").statusCode()).isEqualTo(403);
  }

  /** The committee screens render for officials, ADMIN and handlers, not the help desk. */
  @Test
  void committeeScreensRenderForTheirRoles() throws Exception {
    TestData d = TestData.create();
    String[] everyone = {
      "committee/units.xhtml",
      "committee/members.xhtml",
      "committee/unit.xhtml?id=" + d.unit,
      "committee/pairings.xhtml",
      "committee/projects.xhtml",
      "committee/decisions.xhtml",
      "committee/mediations.xhtml"
    };
    for (String user : new String[] {d.admin, d.communityOfficial, d.handler}) {
      newBrowserSession();
      login(user, TestData.PASSWORD);
      for (String page : everyone) {
        HttpResponse<String> response = get(page);
        assertThat(response.statusCode()).as(user + " " + page).isEqualTo(200);
        assertThat(response.body()).as(user + " " + page).doesNotContain("出错了");
      }
      int meetings = get("committee/meetings.xhtml").statusCode();
      assertThat(meetings).as(user).isEqualTo(user.equals(d.handler) ? 403 : 200);
    }
    newBrowserSession();
    login(d.helpdesk, TestData.PASSWORD);
    assertThat(get("committee/units.xhtml").statusCode()).isEqualTo(403);
  }
}
