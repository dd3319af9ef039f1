package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
 * In real Chromium: text over a field's limit is refused with a message naming the field (not cut
 * by the browser), and every upload refusal has a localised message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InputSecurityBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  private static long casesOf(String helpdesk) {
    return TestData.queryLong(
        "select count(*) from work_case where created_by = (select id from app_user"
            + " where username = ?)",
        helpdesk);
  }

  private static long historyOf(long caseId) {
    return TestData.queryLong("select count(*) from case_history where case_id = ?", caseId);
  }

  @Test
  void tooLongTextIsRefusedNotCutAndUploadsAreRefusedWithLocalisedMessages() throws Exception {
    TestData d = TestData.create();
    try (Browser browser = new Browser(baseUrl.toString())) {
      browser.login(d.helpdesk, TestData.PASSWORD);
      // A description and a name over their limits (2,000 and 40): kept as typed in the page,
      // refused on the server with a message naming each field, nothing saved.
      String tooLong = "楼道漏水".repeat(625);
      String longName = "王".repeat(100);
      browser.open("helpdesk/register.xhtml");
      browser.type("registerForm:newName", longName);
      browser.select("registerForm:community", "测试社区" + d.suffix);
      browser.select("registerForm:grid", "测试网格" + d.suffix);
      browser.select("registerForm:courtyard", "测试楼院" + d.suffix);
      browser.select("registerForm:flat", "1单元101室");
      browser.select("registerForm:category", "供水");
      browser.type("registerForm:description", tooLong);
      assertThat(browser.value("registerForm:description")).hasSize(2_500);
      assertThat(browser.value("registerForm:newName")).hasSize(100);
      browser.click("registerForm:save");
      browser.waitForTextContaining("messages", "诉求内容不能超过 2000 字");
      assertThat(browser.text("messages")).contains("居民姓名不能超过 40 个字");
      assertThat(browser.value("registerForm:description")).isEqualTo(tooLong);
      assertThat(browser.value("registerForm:newName")).isEqualTo(longName);
      assertThat(casesOf(d.helpdesk)).isZero();

      browser.type("registerForm:newName", "王建国");
      browser.type("registerForm:description", "楼道漏水");
      browser.click("registerForm:save");
      browser.waitForUrl("cases/case.xhtml?id=");
      String caseUrl = browser.currentUrl();
      long caseId = Long.parseLong(caseUrl.substring(caseUrl.indexOf("id=") + 3));
      assertThat(
              TestData.queryString(
                  "select name from resident r join work_case c"
                      + " on c.resident_id = r.id where c.id = ?",
                  caseId))
          .isEqualTo("王建国");

      // 7 MB: the service's own message, not a silent failure.
      Path big = Files.createTempFile("现场", ".png");
      byte[] png = AttachmentIT.png(40, 40);
      Files.write(big, Arrays.copyOf(png, 7 * 1024 * 1024));
      browser.upload("uploadForm:upload_input", big);
      browser.waitForTextContaining("messages", "不能超过 5 MB");

      // A photo without an extension is recognised by its content (no English "File Error").
      Path unnamed = Files.createTempDirectory("upload").resolve("照片");
      Files.write(unnamed, png);
      browser.upload("uploadForm:upload_input", unnamed);
      browser.waitForTextContaining("messages", "已上传 照片");
      assertThat(browser.pageSource()).doesNotContain("File Error");
      browser.logout();

      // The case page's texts: a note and a reason over 2,000 characters are refused, not cut.
      browser.login(d.handler, TestData.PASSWORD);
      browser.open("cases/case.xhtml?id=" + caseId);
      long history = historyOf(caseId);
      String longNote = "已上门".repeat(667);
      browser.type("handleForm:note", longNote);
      browser.click("handleForm:addNote");
      browser.waitForTextContaining("messages", "备注不能超过 2000 字");
      assertThat(browser.value("handleForm:note")).isEqualTo(longNote);
      browser.type("handleForm:note", "");
      browser.type("handleForm:reason", longNote);
      browser.click("handleForm:returnCase");
      browser.waitForTextContaining("messages", "理由不能超过 2000 字");
      assertThat(browser.value("handleForm:reason")).isEqualTo(longNote);
      assertThat(browser.text("state")).isEqualTo("已派单");
      assertThat(historyOf(caseId)).isEqualTo(history);
    }
  }
}
