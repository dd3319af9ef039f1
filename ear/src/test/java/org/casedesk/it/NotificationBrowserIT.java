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
 * In real Chromium: an official urges a case, the handler sees the unread badge, the list and opens
 * the case from it (read); the handler's screens on a phone 390 px wide.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  /** Registers an anonymous case as the help desk; returns its path (cases/case.xhtml?id=…). */
  private static String register(Browser browser, TestData d, String description) {
    browser.login(d.helpdesk, TestData.PASSWORD);
    browser.fillAnonymousCase(d, description);
    browser.click("registerForm:save");
    browser.waitForUrl("cases/case.xhtml?id=");
    String url = browser.currentUrl();
    browser.logout();
    return url.substring(url.indexOf("cases/case.xhtml"));
  }

  @Test
  void anUrgeShowsInTheHandlersBadgeAndListAndIsReadFromThere() {
    TestData d = TestData.create();
    try (Browser browser = new Browser(baseUrl.toString())) {
      String casePath = register(browser, d, "楼道灯不亮，已有一周");
      String caseNo =
          TestData.queryString(
              "select case_no from work_case where id = ?",
              Long.parseLong(casePath.substring(casePath.indexOf("id=") + 3)));

      browser.login(d.communityOfficial, TestData.PASSWORD);
      browser.open(casePath);
      browser.type("superviseForm:officialNote", "请今天处理");
      browser.click("superviseForm:urge");
      browser.waitForTextContaining("history", "请今天处理");
      // the official acted, nobody notified them of it
      assertThat(browser.pageSource()).doesNotContain("headerForm:unreadBadge");
      browser.logout();

      // the handler: dispatched to them, then urged
      browser.login(d.handler, TestData.PASSWORD);
      browser.waitForText("headerForm:unreadBadge", "2");
      browser.click("headerForm:notifications");
      browser.waitForUrl("notifications/list.xhtml");
      String list = browser.text("notificationForm:notifications");
      assertThat(list)
          .contains("测试COMMUNITY_OFFICIAL 催办了您的工单 " + caseNo)
          .contains("请今天处理")
          .contains("工单 " + caseNo + " 已派给您");
      // newest first: the urge above the dispatch
      assertThat(list.indexOf("催办")).isLessThan(list.indexOf("已派给您"));

      browser.click("notificationForm:notifications:0:open");
      browser.waitForUrl(casePath);
      browser.waitForText("headerForm:unreadBadge", "1");

      browser.click("headerForm:notifications");
      browser.waitForUrl("notifications/list.xhtml");
      browser.click("notificationForm:markAllRead");
      browser.waitForTextContaining("messages", "已将 1 条通知标为已读");
      assertThat(browser.pageSource()).doesNotContain("headerForm:unreadBadge");
      assertThat(browser.text("notificationForm:notifications:0:readState")).isEqualTo("已读");
      assertThat(
              TestData.queryLong(
                  "select count(*) from notification where recipient_id = ? and read_at is null",
                  TestData.userId(d.handler)))
          .isZero();
    }
  }

  @Test
  void theHandlersScreensFitAPhoneAndOfferTheCamera() {
    TestData d = TestData.create();
    String casePath;
    try (Browser desk = new Browser(baseUrl.toString())) {
      casePath = register(desk, d, "单元门禁损坏，老人进出不便，请尽快派人维修更换门禁系统");
    }
    try (Browser phone = Browser.phone(baseUrl.toString())) {
      phone.login(d.handler, TestData.PASSWORD);
      assertFitsTheScreen(phone, "home");
      phone.open("handler/cases.xhtml");
      phone.waitForUrl("handler/cases.xhtml");
      assertFitsTheScreen(phone, "my cases");
      phone.open(casePath);
      phone.click("handleForm:sign");
      phone.waitForText("state", "已签收");
      assertFitsTheScreen(phone, "case page");
      assertThat(
              phone.script(
                  "var i = document.querySelector(\"input[type=file][capture='environment']\");"
                      + " return i ? i.getAttribute('accept') : null;"))
          .isEqualTo("image/*");
      phone.type("handleForm:note", "已到现场查看，门禁主板损坏");
      phone.click("handleForm:addNote");
      phone.waitForText("state", "办理中");
      phone.type("handleForm:reply", "已更换门禁主板");
      phone.click("handleForm:resolve");
      phone.waitForText("state", "已办结");
      assertFitsTheScreen(phone, "resolved case page");
      phone.screenshot("phone-case-page");
    }
  }

  /**
   * No horizontal scrolling: nothing reaches beyond the layout viewport (the phone's 390 px), so
   * the browser need not zoom out (a page wider than the phone makes innerWidth grow past 390).
   */
  private static void assertFitsTheScreen(Browser browser, String page) {
    Object widths =
        browser.script(
            "return [document.documentElement.scrollWidth, window.innerWidth,"
                + " document.documentElement.clientWidth].join(' ');");
    Object wider =
        browser.script(
            "var w = document.documentElement.clientWidth, out = [];"
                + " document.querySelectorAll('body *').forEach(function (e) {"
                + "   var r = e.getBoundingClientRect();"
                + "   if (r.width > 0 && r.right > w + 1) {"
                + "     out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.left)"
                + "       + '-' + Math.round(r.right)); } });"
                + " return out.slice(-12).join('\\n');");
    String[] w = widths.toString().split(" ");
    assertThat(Integer.parseInt(w[0]))
        .as("scrollWidth of the %s at innerWidth %s; wider: %s", page, w[1], wider)
        .isLessThanOrEqualTo(Integer.parseInt(w[1]));
    assertThat(Integer.parseInt(w[1]))
        .as("innerWidth of the %s; wider than the phone:\n%s", page, wider)
        .isEqualTo(390);
    assertThat(Integer.parseInt(w[2])).as("layout viewport").isEqualTo(390);
  }
}
