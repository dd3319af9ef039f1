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
 * In real Chromium: the handler returns a case that is not theirs, the help desk dispatches it to
 * another grid's handler, who records an on-site visit and asks for an extension, and the official
 * of the case's community approves it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseActionsBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  @Test
  void returnDispatchAgainExtensionAndApproval() {
    TestData d = TestData.create();
    try (Browser browser = new Browser(baseUrl.toString())) {
      browser.login(d.helpdesk, TestData.PASSWORD);
      browser.fillAnonymousCase(d, "供热管道漏水，应由热力公司处理");
      browser.click("registerForm:save");
      browser.waitForUrl("cases/case.xhtml?id=");
      String caseUrl = browser.currentUrl();
      String casePath = caseUrl.substring(caseUrl.indexOf("cases/case.xhtml"));
      browser.logout();

      browser.login(d.handler, TestData.PASSWORD);
      browser.open(casePath);
      browser.click("handleForm:returnCase");
      browser.waitForTextContaining("messages", "请填写理由");
      browser.type("handleForm:reason", "属于另一网格的供热管线");
      browser.click("handleForm:returnCase");
      browser.waitForText("state", "已退单");
      browser.logout();

      browser.login(d.helpdesk, TestData.PASSWORD);
      browser.open("helpdesk/returned.xhtml");
      browser.clickCss("a[href*='" + casePath.substring(casePath.indexOf("id=")) + "']");
      browser.select("redispatchForm:handler", "测试HANDLER 另一网格" + d.suffix);
      browser.click("redispatchForm:redispatch");
      browser.waitForText("state", "已派单");
      browser.logout();

      browser.login(d.otherHandler, TestData.PASSWORD);
      browser.open(casePath);
      browser.type("handleForm:note", "已联系热力公司");
      browser.click("handleForm:addNote");
      browser.waitForText("state", "办理中");
      // the visit's time starts as now (the injected clock's) when the case page opens
      browser.type("visitForm:visitPlace", "3号楼供热井");
      browser.type("visitForm:findings", "管道接口渗水");
      browser.click("visitForm:recordVisit");
      browser.waitForTextContaining("messages", "现场核查已记录");
      browser.type("handleForm:reason", "热力公司需停热后维修");
      browser.type("handleForm:extensionDays_input", "3");
      browser.click("handleForm:requestExtension");
      browser.waitForText("extensionPending", "申请延期 3 个工作日：热力公司需停热后维修");
      browser.logout();

      browser.login(d.communityOfficial, TestData.PASSWORD);
      browser.open("supervision/watch.xhtml");
      browser.clickCss("a[href*='" + casePath.substring(casePath.indexOf("id=")) + "']");
      browser.type("superviseForm:officialNote", "同意，请按期完成");
      browser.click("superviseForm:approveExtension");
      browser.waitForTextContaining("messages", "已同意延期，办理时限已顺延");
      assertThat(browser.pageSource()).doesNotContain("extensionPending").contains("同意延期");
    }
  }

  @Test
  void theEntryScreenWarnsOfALikelyDuplicateAndLinksTheRepeat() {
    TestData d = TestData.create();
    try (Browser browser = new Browser(baseUrl.toString())) {
      browser.login(d.helpdesk, TestData.PASSWORD);
      String firstNo = null;
      for (int i = 0; i < 2; i++) {
        browser.fillAnonymousCase(d, "单元楼下水管破裂");
        if (firstNo != null) {
          browser.waitForTextContaining("registerForm:duplicates", firstNo);
          browser.clickXpath(
              "//*[@id='registerForm:repeatOf']//label[contains(., '" + firstNo + "')]");
        }
        if (firstNo == null) {
          // keyboard only: Ctrl+S saves from the description field
          browser.pressKeys(
              "registerForm:description",
              org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "s"));
        } else {
          browser.click("registerForm:save");
        }
        browser.waitForUrl("cases/case.xhtml?id=");
        if (firstNo == null) {
          firstNo = browser.title().replaceAll(".* ", "");
        }
      }
      browser.waitForTextContaining("history", "关联重复诉求");
      assertThat(browser.text("history")).contains(firstNo);
    }
  }

  @Test
  void aDissatisfiedFollowUpIsReviewedAndSentBackToTheHandler() {
    TestData d = TestData.create();
    try (Browser browser = new Browser(baseUrl.toString())) {
      browser.login(d.helpdesk, TestData.PASSWORD);
      browser.fillAnonymousCase(d, "小区门口路面塌陷");
      browser.click("registerForm:save");
      browser.waitForUrl("cases/case.xhtml?id=");
      String casePath = browser.currentUrl().substring(browser.currentUrl().indexOf("cases/"));
      browser.logout();

      browser.login(d.handler, TestData.PASSWORD);
      browser.open(casePath);
      browser.click("handleForm:sign");
      browser.waitForText("state", "已签收");
      browser.type("handleForm:note", "已设置围挡");
      browser.click("handleForm:addNote");
      browser.waitForText("state", "办理中");
      browser.type("handleForm:reply", "已回填夯实");
      browser.click("handleForm:resolve");
      browser.waitForText("state", "已办结");
      browser.logout();

      browser.login(d.helpdesk, TestData.PASSWORD);
      browser.open(casePath);
      browser.clickLabelOf("followUpForm:satisfaction:2");
      browser.type("followUpForm:followUpNote", "居民反映仍有下沉");
      browser.click("followUpForm:recordFollowUp");
      browser.waitForText("state", "不满意待审核");
      browser.logout();

      // 不满意件审核: the community's official sends it back (发回重办)
      browser.login(d.communityOfficial, TestData.PASSWORD);
      browser.open(casePath);
      browser.type("reviewForm:reviewNote", "请再次上门核实");
      browser.click("reviewForm:sendBack");
      browser.waitForText("state", "办理中");
      browser.logout();

      browser.login(d.handler, TestData.PASSWORD);
      browser.open("handler/cases.xhtml");
      browser.clickCss("a[href*='" + casePath.substring(casePath.indexOf("id=")) + "']");
      assertThat(browser.text("state")).isEqualTo("办理中");
      assertThat(browser.text("history")).contains("不满意 居民反映仍有下沉");
    }
  }
}
