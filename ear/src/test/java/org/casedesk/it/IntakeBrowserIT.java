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
 * In real Chromium: the help desk merges a second caller into the open duplicate, and enters the
 * suggestion box's slips in one grid, where a wrong row stops the whole batch until it is fixed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  private static long casesOfGrid(TestData d) {
    return TestData.queryLong("select count(*) from work_case where grid_id = ?", d.grid);
  }

  @Test
  void aSecondCallerIsMergedIntoTheOpenDuplicate() {
    TestData d = TestData.create();
    try (Browser browser = new Browser(baseUrl.toString())) {
      browser.login(d.helpdesk, TestData.PASSWORD);
      browser.fillAnonymousCase(d, "单元楼停水两天了");
      browser.click("registerForm:save");
      browser.waitForUrl("cases/case.xhtml?id=");
      String firstNo = browser.title().replaceAll(".* ", "");
      String caseUrl = browser.currentUrl();
      long before = casesOfGrid(d);

      browser.fillAnonymousCase(d, "我家也停水了");
      browser.clickCss("[id='registerForm:anonymous'] .ui-chkbox-box"); // a named caller after all
      browser.type("registerForm:newName", "李建国");
      browser.type("registerForm:newPhone", "13987654321");
      browser.waitForTextContaining("registerForm:duplicates", firstNo);
      browser.clickXpath("//*[@id='registerForm:repeatOf']//label[contains(., '" + firstNo + "')]");
      browser.click("registerForm:merge");
      browser.waitForUrl(caseUrl.substring(caseUrl.indexOf("cases/")));
      browser.waitForTextContaining("messages", "已合并到工单 " + firstNo);
      assertThat(browser.text("callers"))
          .contains("李建国")
          .contains("139****4321")
          .contains("我家也停水了");
      assertThat(browser.text("history")).contains("合并来电");
      assertThat(casesOfGrid(d)).as("no new case").isEqualTo(before);
    }
  }

  @Test
  void suggestionBoxSlipsAreEnteredInAGridAndSavedTogether() {
    TestData d = TestData.create();
    long before = casesOfGrid(d);
    try (Browser browser = new Browser(baseUrl.toString())) {
      browser.login(d.helpdesk, TestData.PASSWORD);
      browser.open("helpdesk/batch.xhtml");
      browser.select("batchForm:community", "测试社区" + d.suffix);
      browser.select("batchForm:slips:0:flat", "测试楼院" + d.suffix + " 1单元101室");
      browser.select("batchForm:slips:0:category", "供水");
      browser.type("batchForm:slips:0:description", "院内水管锈蚀，水发黄");
      browser.select("batchForm:slips:1:flat", "测试楼院" + d.suffix + " 1单元102室");
      browser.select("batchForm:slips:1:category", "环境卫生");
      browser.type("batchForm:slips:1:description", "楼道堆放杂物");
      browser.type("batchForm:slips:1:name", "周桂芳");
      browser.type("batchForm:slips:1:phone", "12345");
      browser.click("batchForm:save");
      browser.waitForTextContaining("batchForm:slips:1:rowError", "电话号码应为大陆手机号");
      assertThat(browser.text("messages")).contains("第 2 行").contains("均未保存");
      assertThat(casesOfGrid(d)).as("nothing saved").isEqualTo(before);

      browser.type("batchForm:slips:1:phone", "13900002222");
      browser.click("batchForm:save");
      browser.waitForTextContaining("messages", "已登记并派出 2 件");
      assertThat(casesOfGrid(d)).isEqualTo(before + 2);
      assertThat(
              TestData.queryLong(
                  "select count(*) from work_case where grid_id = ? and channel = 'SUGGESTION_BOX'",
                  d.grid))
          .isEqualTo(2);
    }
  }
}
