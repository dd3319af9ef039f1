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
 * In real Chromium, the case model: the help desk marks a case invalid and finds it by that state;
 * an official reviews a dissatisfied case from the review queue and closes it dissatisfied.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseModelBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  private static String caseId(Browser browser) {
    String url = browser.currentUrl();
    return url.substring(url.indexOf("id=") + 3);
  }

  @Test
  void theHelpDeskMarksACaseInvalidAndFindsItByThatState() {
    TestData d = TestData.create();
    try (Browser browser = new Browser(baseUrl.toString())) {
      browser.login(d.helpdesk, TestData.PASSWORD);
      browser.fillAnonymousCase(d, "同一事项第五次来电，要求与本辖区无关的赔偿");
      browser.click("registerForm:save");
      browser.waitForUrl("cases/case.xhtml?id=");
      String id = caseId(browser);
      browser.select("invalidForm:invalidReasonId", "不属于受理范围");
      browser.type("invalidForm:invalidNote", "已告知居民向法院起诉");
      browser.click("invalidForm:markInvalid");
      browser.waitForText("state", "无效诉求");
      assertThat(browser.text("invalidReason")).contains("不属于受理范围").contains("已告知居民向法院起诉");
      assertThat(browser.pageSource()).doesNotContain("id=\"invalidForm\"");

      browser.open("search/cases.xhtml?state=INVALID&grid=" + d.grid);
      browser.waitForXpath("//a[contains(@href, 'id=" + id + "')]");
      assertThat(
              TestData.queryLong(
                  "select count(*) from work_case where id = ? and state = 'INVALID'"
                      + " and invalid_reason_id = 3 and dispatched_at is not null",
                  Long.parseLong(id)))
          .isEqualTo(1);
    }
  }

  @Test
  void anOfficialReviewsADissatisfiedCaseAndClosesItDissatisfied() {
    TestData d = TestData.create();
    try (Browser browser = new Browser(baseUrl.toString())) {
      browser.login(d.helpdesk, TestData.PASSWORD);
      browser.fillAnonymousCase(d, "楼顶防水层破损，雨天漏水");
      browser.click("registerForm:save");
      browser.waitForUrl("cases/case.xhtml?id=");
      String id = caseId(browser);
      browser.logout();

      browser.login(d.handler, TestData.PASSWORD);
      browser.open("cases/case.xhtml?id=" + id);
      browser.type("handleForm:note", "已上门查看，需整体翻修");
      browser.click("handleForm:addNote");
      browser.waitForText("state", "办理中");
      browser.type("handleForm:reply", "已临时修补，整体翻修需列入明年计划");
      browser.click("handleForm:resolve");
      browser.waitForText("state", "已办结");
      browser.logout();

      browser.login(d.helpdesk, TestData.PASSWORD);
      browser.open("cases/case.xhtml?id=" + id);
      browser.clickLabelOf("followUpForm:satisfaction:2");
      browser.click("followUpForm:recordFollowUp");
      browser.waitForText("state", "不满意待审核");
      browser.logout();

      browser.login(d.communityOfficial, TestData.PASSWORD);
      browser.open("supervision/review.xhtml");
      browser.clickCss("a[href*='id=" + id + "']");
      browser.waitForUrl("cases/case.xhtml?id=" + id);
      browser.select("reviewForm:closeReasonId", "客观条件暂不具备");
      browser.type("reviewForm:reviewNote", "已列入明年维修计划并告知居民");
      browser.click("reviewForm:closeDissatisfied");
      browser.waitForText("state", "已结案");
      assertThat(browser.text("closeReason")).isEqualTo("客观条件暂不具备");
    }
    assertThat(
            TestData.queryLong(
                "select count(*) from work_case where grid_id = ? and state = 'CLOSED'"
                    + " and satisfaction = 'DISSATISFIED' and close_reason_id = 13",
                d.grid))
        .isEqualTo(1);
  }
}
