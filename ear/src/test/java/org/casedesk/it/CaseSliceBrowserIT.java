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
 * In real Chromium: the help desk registers a case, the grid's handler handles and resolves it, the
 * help desk records the follow-up and it is closed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseSliceBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  @Test
  void helpDeskRegistersHandlerResolvesHelpDeskCloses() throws java.io.IOException {
    TestData d = TestData.create();
    try (Browser browser = new Browser(baseUrl.toString())) {
      browser.open("home.xhtml");
      browser.waitForUrl("login.xhtml");
      assertThat(browser.pageSource()).contains("用户名");

      browser.login(d.helpdesk, TestData.PASSWORD);
      browser.open("helpdesk/register.xhtml");
      browser.type("registerForm:newName", "王建国");
      browser.type("registerForm:newPhone", "13912345678");
      browser.select("registerForm:community", "测试社区" + d.suffix);
      browser.select("registerForm:grid", "测试网格" + d.suffix);
      browser.select("registerForm:courtyard", "测试楼院" + d.suffix);
      browser.select("registerForm:flat", "1单元101室");
      browser.select("registerForm:category", "供水");
      browser.type("registerForm:description", "三楼以上自来水压力不足");
      browser.click("registerForm:save");
      browser.waitForUrl("cases/case.xhtml?id=");
      String caseUrl = browser.currentUrl();
      assertThat(browser.text("state")).isEqualTo("已派单");
      assertThat(browser.pageSource()).contains("139****5678").doesNotContain("13912345678");
      browser.click("revealForm:reveal");
      browser.waitForTextContaining("revealForm:fullPhone", "13912345678");
      browser.logout();

      browser.login(d.handler, TestData.PASSWORD);
      String caseId = caseUrl.substring(caseUrl.indexOf("id=") + 3);
      browser.open("handler/cases.xhtml");
      browser.clickCss("a[href*='id=" + caseId + "']");
      browser.waitForUrl("cases/case.xhtml?id=" + caseId);
      browser.type("handleForm:note", "已上门检查，三楼阀门老化");
      browser.click("handleForm:addNote");
      browser.waitForText("state", "办理中");
      java.nio.file.Path photo = java.nio.file.Files.createTempFile("阀门", ".png");
      java.nio.file.Files.write(photo, AttachmentIT.png(640, 480));
      browser.upload("uploadForm:upload_input", photo);
      browser.waitForTextContaining("messages", "已上传");
      assertThat(browser.imageLoaded("img.cd-thumb")).isTrue();
      browser.type("handleForm:reply", "已更换阀门，恢复正常供水");
      browser.click("handleForm:resolve");
      browser.waitForText("state", "已办结");
      browser.logout();

      browser.login(d.helpdesk, TestData.PASSWORD);
      browser.open("cases/case.xhtml?id=" + caseId);
      browser.clickLabelOf("followUpForm:satisfaction:0");
      browser.click("followUpForm:recordFollowUp");
      browser.waitForText("state", "已结案");
    }
    assertThat(
            TestData.queryLong(
                "select count(*) from work_case where state = 'CLOSED' and grid_id = ?", d.grid))
        .isEqualTo(1);
  }
}
