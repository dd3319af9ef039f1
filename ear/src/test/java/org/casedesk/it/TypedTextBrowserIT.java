package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
 * "never lose what someone typed": a note typed before 签收, a conflict reload, an ajax save after
 * the session expired (log in again, back on the same case with the note), a case link opened while
 * signed out, the warning before leaving typed text, and the language switch; the chosen language,
 * not the browser's, for messages and {@code <html lang>}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TypedTextBrowserIT {

  /** Whether leaving the page now would ask first (the page's beforeunload handler objects). */
  private static final String LEAVING_ASKS =
      "var e = new Event('beforeunload', {cancelable: true});"
          + " window.dispatchEvent(e); return e.defaultPrevented;";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  /** The help desk registers a case for the test data's grid; returns its page's path. */
  private static String registerCase(Browser browser, TestData d) {
    browser.login(d.helpdesk, TestData.PASSWORD);
    browser.fillAnonymousCase(d, "三楼楼道顶棚渗水");
    browser.click("registerForm:save");
    browser.waitForUrl("cases/case.xhtml?id=");
    String caseUrl = browser.currentUrl();
    browser.logout();
    return caseUrl.substring(caseUrl.indexOf("cases/case.xhtml"));
  }

  @Test
  void aHandlersTypedNoteSurvivesSignAndConflict() {
    TestData d = TestData.create();
    try (Browser browser = new Browser(baseUrl.toString())) {
      String casePath = registerCase(browser, d);
      long caseId = Long.parseLong(casePath.substring(casePath.indexOf("id=") + 3));

      // A case link opened while signed out: after login the handler is on that case.
      browser.open(casePath);
      browser.waitForUrl("login.xhtml");
      browser.signIn(d.handler, TestData.PASSWORD);
      browser.waitForUrl(casePath);
      browser.waitForText("state", "已派单");

      // A note typed before 签收 is still there after signing.
      browser.type("handleForm:note", "先记下：楼上住户白天不在家");
      assertThat(browser.script(LEAVING_ASKS)).isEqualTo(true);
      browser.click("handleForm:sign");
      browser.waitForText("state", "已签收");
      assertThat(browser.value("handleForm:note")).isEqualTo("先记下：楼上住户白天不在家");

      // Someone else changed the case meanwhile: conflict, the case reloaded, the note kept.
      TestData.update("update work_case set version = version + 1 where id = ?", caseId);
      browser.click("handleForm:addNote");
      browser.waitForTextContaining("messages", "该工单刚被他人修改");
      assertThat(browser.value("handleForm:note")).isEqualTo("先记下：楼上住户白天不在家");
      browser.click("handleForm:addNote");
      browser.waitForText("state", "办理中");
      assertThat(browser.pageSource()).contains("先记下：楼上住户白天不在家");
      assertThat(browser.value("handleForm:note")).isEmpty();
      assertThat(browser.script(LEAVING_ASKS)).isEqualTo(false);
    }
  }

  @Test
  void anAjaxSaveAfterTheSessionExpiredComesBackToTheTypedNoteAfterLogin() {
    TestData d = TestData.create();
    try (Browser browser = new Browser(baseUrl.toString())) {
      String casePath = registerCase(browser, d);
      long caseId = Long.parseLong(casePath.substring(casePath.indexOf("id=") + 3));
      browser.login(d.handler, TestData.PASSWORD);
      browser.open(casePath);
      // The session expired before the ajax save: log in again, back on the case, note filled in.
      browser.type("handleForm:note", "已约好周六上门查看");
      browser.forgetSession();
      browser.click("handleForm:addNote");
      browser.waitForUrl("login.xhtml");
      browser.signIn(d.handler, TestData.PASSWORD);
      browser.waitForUrl(casePath);
      assertThat(browser.value("handleForm:note")).isEqualTo("已约好周六上门查看");
      browser.click("handleForm:addNote");
      browser.waitForTextContaining("messages", "办理情况已记录");
      assertThat(browser.pageSource()).contains("已约好周六上门查看");
      assertThat(
              TestData.queryLong(
                  "select count(*) from case_history where case_id = ? and note = ?",
                  caseId,
                  "已约好周六上门查看"))
          .isEqualTo(1);
    }
  }

  @Test
  void theChosenLanguageRulesMessagesAndSwitchingKeepsTheTypedText() {
    TestData d = TestData.create();
    try (Browser browser = new Browser(baseUrl.toString())) { // Chromium asks for zh-CN
      browser.open("login.xhtml");
      assertThat(browser.script("return document.documentElement.lang")).isEqualTo("zh-CN");
      assertThat(browser.pageSource()).contains("favicon.svg");
      browser.click("headerForm:langEn");
      browser.waitForTextContaining("loginForm", "Username");
      assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
      browser.click("loginForm:login");
      browser.waitForTextContaining("messages", "Please enter your username");
      assertThat(browser.text("messages")).doesNotContain("j_id").doesNotContain("请");

      browser.signIn(d.helpdesk, TestData.PASSWORD);
      browser.waitForUrl("home.xhtml");
      browser.open("helpdesk/register.xhtml");
      browser.type("registerForm:description", "路灯不亮，已两晚");
      browser.click("headerForm:langZh");
      browser.waitForTextContaining("headerForm", "退出");
      assertThat(browser.script("return document.documentElement.lang")).isEqualTo("zh-CN");
      assertThat(browser.value("registerForm:description")).isEqualTo("路灯不亮，已两晚");

      // A required choice left empty: a message without component ids.
      browser.click("registerForm:save");
      browser.waitForTextContaining("messages", "请");
      assertThat(browser.text("messages")).doesNotContain("j_id");
    }
  }
}
