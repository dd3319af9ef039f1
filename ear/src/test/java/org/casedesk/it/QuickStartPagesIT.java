package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.it.support.Browser;
import org.casedesk.it.support.PageRoleMatrix;
import org.casedesk.it.support.PageRoleMatrix.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The quick start as tested as production. Starts the built Micro WAR the way the README's start
 * command does (Payara Micro, an H2 file database, {@code casedesk.demo-data=true}) in a temporary
 * directory on a free port, and runs the page × role matrix with every demo login.
 */
class QuickStartPagesIT {

  private static final String DEMO_PASSWORD = "casedesk2026";

  private static Process micro;
  private static String baseUrl;
  private static Path log;

  @BeforeAll
  static void startTheQuickStart() throws Exception {
    Path dir = Files.createTempDirectory("casedesk-quickstart");
    log = dir.resolve("micro.log");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcasedesk.demo-data=true",
                "-jar",
                System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--deploy",
                System.getProperty("casedesk.micro.war", "target/casedesk-micro.war") + ":/",
                "--port",
                String.valueOf(port),
                "--rootDir",
                dir.resolve("micro").toString(),
                "--prebootcommandfile",
                "src/main/payara/micro-preboot.asadmin")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    // Failsafe points the Arquillian tests at PostgreSQL through these; the quick start has none.
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("CASEDESK_DB_"));
    env.put("CASEDESK_DB_URL", "jdbc:h2:" + dir.resolve("db").resolve("casedesk"));
    micro = builder.start();
    baseUrl = "http://127.0.0.1:" + port + "/";
    awaitLoginPage(Duration.ofSeconds(240));
  }

  private static void awaitLoginPage(Duration timeout) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Instant end = Instant.now().plus(timeout);
    while (Instant.now().isBefore(end)) {
      if (!micro.isAlive()) {
        throw new IllegalStateException("Payara Micro ended: " + tail());
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("loginForm")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("the quick start did not serve its login page: " + tail());
  }

  private static String tail() throws IOException {
    String text = Files.readString(log);
    return text.substring(Math.max(0, text.length() - 3000));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (micro != null) {
      micro.descendants().forEach(ProcessHandle::destroy);
      micro.destroy();
      if (!micro.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        micro.destroyForcibly();
      }
    }
  }

  @Test
  void everyPageAnswersEveryDemoLoginAsWebXmlSays() throws Exception {
    List<User> users =
        List.of(
            new User("helpdesk", DEMO_PASSWORD, "HELPDESK"),
            new User("handler", DEMO_PASSWORD, "HANDLER"),
            new User("fangchan", DEMO_PASSWORD, "HANDLER"),
            new User("community", DEMO_PASSWORD, "COMMUNITY_OFFICIAL"),
            new User("subdistrict", DEMO_PASSWORD, "SUBDISTRICT_OFFICIAL"),
            new User("admin", DEMO_PASSWORD, "ADMIN"));
    PageRoleMatrix matrix = new PageRoleMatrix(baseUrl);
    List<String> failures = matrix.run(users);
    System.out.printf(
        "QuickStartPagesIT (H2, demo data): %d pages x %d logins + anonymous, %d requests,"
            + " %d failures%n",
        PageRoleMatrix.pages().size(), users.size(), matrix.visits(), failures.size());
    assertThat(failures).as("server log " + log).isEmpty();
  }

  /**
   * A newcomer's first hour in a real browser on the quick start: the help desk registers a request
   * and finds it again with dates typed by keyboard (the date picker closes on Escape), a date and
   * time typed into a picker is taken, and the screens of the README's tour open for their roles
   * with the demo data. The pictures (target/screenshots/tour-*.png) are the README's (copied to
   * ear/src/docs/screenshots with -Dcasedesk.tour.copy=true).
   */
  @Test
  void theReadmeTourInABrowser() throws Exception {
    try (Browser browser = new Browser(baseUrl)) {
      browser.open("login.xhtml");
      tour(browser, "01-login", "登录");

      browser.login("helpdesk", DEMO_PASSWORD);
      tour(browser, "02-home", "首页");
      browser.open("helpdesk/register.xhtml");
      browser.select("registerForm:community", "大众巷社区");
      browser.select("registerForm:grid", "大众巷第一网格");
      browser.select("registerForm:courtyard", "贤后街15号");
      browser.select("registerForm:category", "供水");
      browser.clickCss("[id='registerForm:anonymous'] .ui-chkbox-box");
      browser.type("registerForm:description", "贤后街15号院内水管漏水，地面结冰");
      tour(browser, "03-register", "诉求登记");
      browser.click("registerForm:save");
      browser.waitForUrl("cases/case.xhtml?id=");
      tour(browser, "04-case", "贤后街15号院内水管漏水");
      java.util.regex.Matcher number =
          java.util.regex.Pattern.compile("\\d{8}-\\d{6}").matcher(browser.title());
      assertThat(number.find()).as(browser.title()).isTrue();

      // dates typed, not picked; Escape closes the calendar and keeps what was typed
      browser.open("search/cases.xhtml");
      LocalDate today = LocalDate.now(WorkCalendar.ZONE);
      for (String[] field :
          new String[][] {
            {"searchForm:from", today.minusDays(1).toString()}, {"searchForm:to", today.toString()}
          }) {
        browser.type(field[0] + "_input", field[1]);
        escape(browser, field[0]);
        assertThat(hidden(browser, field[0] + "_panel")).as(field[0]).isTrue();
        assertThat(browser.value(field[0] + "_input")).isEqualTo(field[1]);
      }
      browser.click("searchForm:search");
      browser.waitForTextContaining("searchForm:results", number.group());
      tour(browser, "05-search", "工单查询");
      browser.open("helpdesk/batch.xhtml");
      tour(browser, "06-batch", "党建驿站意见箱：批量登记");
      browser.logout();

      browser.login("handler", DEMO_PASSWORD);
      browser.open("handler/cases.xhtml");
      tour(browser, "07-handler-queue", "我的工单");
      browser.logout();

      browser.login("community", DEMO_PASSWORD);
      browser.open("committee/activities.xhtml");
      browser.type("activityForm:heldAt_input", today + " 09:30");
      escape(browser, "activityForm:heldAt");
      assertThat(
              browser.script(
                  "var d = PrimeFaces.getWidgetById('activityForm:heldAt').getDate();"
                      + " return d ? d.getHours() * 60 + d.getMinutes() : null;"))
          .isEqualTo(9L * 60 + 30);
      assertThat(hidden(browser, "activityForm:heldAt_panel")).isTrue();
      tour(browser, "08-activities", "志愿服务活动");
      browser.open("supervision/review.xhtml");
      tour(browser, "09-review", "不满意件审核");
      browser.logout();

      browser.login("subdistrict", DEMO_PASSWORD);
      browser.open("reports/report.xhtml");
      browser.click("reportForm:show");
      browser.waitForAjax();
      tour(browser, "10-report", "统计报表");
      browser.open("committee/meetings.xhtml");
      tour(browser, "11-meetings", "社工委会议");
      browser.logout();

      browser.login("admin", DEMO_PASSWORD);
      browser.open("admin/users.xhtml");
      tour(browser, "12-users", "用户管理");
      browser.open("admin/jobs.xhtml");
      tour(browser, "13-jobs", "批处理作业");
    }
    if (Boolean.getBoolean("casedesk.tour.copy")) {
      Path to = Files.createDirectories(Path.of("src", "docs", "screenshots"));
      try (var pictures = Files.newDirectoryStream(Path.of("target", "screenshots"), "tour-*")) {
        for (Path picture : pictures) {
          Files.copy(
              picture,
              to.resolve(picture.getFileName().toString().substring("tour-".length())),
              java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** The page shows what it should (not the error page) and is kept as a picture. */
  private static void tour(Browser browser, String name, String expected) {
    browser.waitForAjax();
    assertThat(browser.pageSource())
        .as(name)
        .contains(expected)
        .doesNotContain("errorStatus")
        .doesNotContain("出错了");
    browser.screenshot("tour-" + name);
  }

  /** Whether the element is (or within 5 s becomes) hidden: its closing may be animated. */
  /**
   * Presses Escape in a date picker's field once its calendar has opened, as a person does on
   * seeing it: PrimeFaces binds the picker's Escape only when the opening transition has ended (an
   * Escape pressed during it is ignored; on a loaded machine the test was faster than that).
   */
  private static void escape(Browser browser, String picker) throws InterruptedException {
    within5s(
        browser,
        "return !!e && e.classList.contains('ui-connected-overlay-enter-done');",
        picker + "_panel");
    browser.pressKeys(picker + "_input", Keys.ESCAPE);
  }

  private static boolean hidden(Browser browser, String id) throws InterruptedException {
    return within5s(
        browser,
        "return !e || e.offsetParent === null || getComputedStyle(e).display === 'none';",
        id);
  }

  /** Whether the script, given the element {@code e} with this id, answers true within 5 s. */
  private static boolean within5s(Browser browser, String script, String id)
      throws InterruptedException {
    for (int i = 0; i < 50; i++) {
      Object yes = browser.script("var e = document.getElementById(arguments[0]); " + script, id);
      if (Boolean.TRUE.equals(yes)) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }
}
