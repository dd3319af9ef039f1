package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casedesk.it.support.Browser;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In real Chromium: ADMIN creates a grid worker and reads the one-time password off the page; the
 * grid worker's first login lands on the password page and stays there (whatever page they ask for)
 * until a password that follows the rules is set; ADMIN deactivates them, finds it all in the audit
 * log and exports it, and their login is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UserAdminBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  private static void signIn(Browser browser, String username, String password) {
    browser.open("login.xhtml");
    browser.type("loginForm:username", username);
    browser.type("loginForm:password", password);
    browser.click("loginForm:login");
  }

  @Test
  void createFirstLoginForcedChangeAndDeactivation() throws IOException {
    TestData d = TestData.create();
    String login = "bw-" + d.suffix;
    String own = "大众巷第一网格的新网格员";
    try (Browser browser = new Browser(baseUrl.toString())) {
      browser.login(d.admin, TestData.PASSWORD);
      browser.open("admin/users.xhtml");
      browser.type("userForm:username", login);
      browser.type("userForm:displayName", "马小红");
      browser.select("userForm:role", "办理人");
      browser.select("userForm:grid", "测试社区" + d.suffix + " / 测试网格" + d.suffix);
      browser.click("userForm:save");
      browser.waitForTextContaining("messages", login);
      assertThat(browser.text("passwords:0:login")).isEqualTo(login);
      String oneTime = browser.text("passwords:0:password");
      assertThat(oneTime).hasSize(16);
      browser.logout();

      signIn(browser, login, oneTime);
      browser.waitForUrl("account/password.xhtml");
      assertThat(browser.text("passwordForm:forced")).contains("一次性密码");
      browser.open("home.xhtml");
      browser.waitForUrl("account/password.xhtml");
      browser.type("passwordForm:current", oneTime);
      browser.type("passwordForm:replacement", "password1234");
      browser.type("passwordForm:repeated", "password1234");
      browser.click("passwordForm:change");
      browser.waitForTextContaining("messages", "常见密码");
      browser.type("passwordForm:current", oneTime);
      browser.type("passwordForm:replacement", own);
      browser.type("passwordForm:repeated", own);
      browser.click("passwordForm:change");
      browser.waitForUrl("home.xhtml");
      browser.waitForTextContaining("messages", "密码已修改");
      assertThat(browser.text("headerForm:currentUser")).isEqualTo("马小红");
      browser.open("handler/cases.xhtml");
      browser.waitForUrl("handler/cases.xhtml");
      browser.logout();

      browser.login(d.admin, TestData.PASSWORD);
      browser.open("admin/users.xhtml");
      browser.type("usersTable:query", login);
      browser.click("usersTable:search");
      browser.waitForTextContaining("usersTable:users", "马小红");
      browser.click("usersTable:users:0:deactivate");
      browser.waitForTextContaining("messages", login);

      // the audit log filtered by the user, and its exports
      browser.open("admin/audit.xhtml?user=" + login);
      browser.waitForTextContaining("audit", "停用用户");
      assertThat(browser.text("audit")).contains("创建用户", "修改本人密码");
      Browser.Download csv = browser.download("exportCsv");
      assertThat(csv.status()).isEqualTo(200);
      assertThat(new String(csv.body(), StandardCharsets.UTF_8))
          .startsWith("\uFEFF")
          .contains(login, "创建用户", "修改本人密码", "停用用户");
      Browser.Download xlsx = browser.download("exportXlsx");
      assertThat(xlsx.status()).isEqualTo(200);
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
        assertThat(book.getSheetAt(0).getLastRowNum()).as("heading and three lines").isEqualTo(3);
      }
      browser.logout();

      signIn(browser, login, own);
      browser.waitForTextContaining("messages", "用户名或密码错误");
      assertThat(browser.currentUrl()).contains("login.xhtml");
    }
    assertThat(
            TestData.queryString(
                "select enabled || ' ' || must_change_password from app_user where username = ?",
                login))
        .isEqualTo("false false");
    assertThat(
            TestData.queryLong(
                "select count(*) from audit_log a join app_user u on u.id = a.subject_user_id"
                    + " where u.username = ?",
                login))
        .as("created, own password changed, deactivated")
        .isEqualTo(3);
    assertThat(
            TestData.queryLong(
                "select count(*) from audit_log a join app_user u on u.id = a.actor_id"
                    + " where u.username = ? and a.action = 'EXPORT_AUDIT' and a.detail like ?",
                d.admin,
                "%user=" + login + "%"))
        .as("both exports audited")
        .isEqualTo(2);
  }

  @Test
  void theUsersPageIsForAdminAndCommunityOfficialsWhoSeeOnlyTheirHandlers() {
    TestData d = TestData.create();
    try (Browser browser = new Browser(baseUrl.toString())) {
      browser.login(d.communityOfficial, TestData.PASSWORD);
      browser.open("admin/users.xhtml");
      browser.waitForTextContaining("usersTable:users", d.handler);
      assertThat(browser.text("usersTable:users"))
          .contains(d.gridColleague, d.unitStaff)
          .doesNotContain(d.otherHandler, d.helpdesk, d.communityOfficial);
      browser.open("admin/audit.xhtml");
      assertThat(browser.title()).contains("出错了");
      browser.logout();

      browser.login(d.helpdesk, TestData.PASSWORD);
      browser.open("admin/users.xhtml");
      assertThat(browser.title()).contains("出错了");
      browser.open("account/password.xhtml");
      browser.waitForUrl("account/password.xhtml");
      assertThat(browser.title()).doesNotContain("出错了");
    }
  }
}
