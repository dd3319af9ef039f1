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
 * In real Chromium: the community official adds a unit and a project in two parts and claims one
 * part for that unit; the grid worker claims the other for the property company he works for and
 * reports it done; the official completes the project and records the residents' acceptance.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  @Test
  void aProjectClaimedByTwoUnits() {
    TestData d = TestData.create();
    String club = "志愿服务社" + d.suffix.substring(0, 4);
    try (Browser browser = new Browser(baseUrl.toString())) {
      browser.login(d.communityOfficial, TestData.PASSWORD);
      browser.open("committee/units.xhtml");
      browser.type("unitForm:name", club);
      browser.select("unitForm:kind", "社会组织");
      browser.select("unitForm:community", "测试社区" + d.suffix);
      browser.click("unitForm:save");
      browser.waitForTextContaining("messages", "已保存");

      browser.open("committee/projects.xhtml");
      browser.type("projectForm:title", "通渭路绿化" + d.suffix.substring(0, 4));
      browser.type("projectForm:description", "国庆前完成通渭路沿线补种和花坛修整");
      browser.select("projectForm:community", "测试社区" + d.suffix);
      browser.type("projectForm:place", "通渭路");
      browser.type("projectForm:parts", "东段补种绿植\n西段花坛修整");
      browser.click("projectForm:create");
      browser.waitForUrl("committee/project.xhtml?id=");
      String projectPath =
          browser.currentUrl().substring(browser.currentUrl().indexOf("committee/"));
      browser.select("partsForm:unit", club);
      browser.click("partsForm:parts:1:claim");
      browser.waitForTextContaining("partsForm:parts", club);
      browser.logout();

      browser.login(d.handler, TestData.PASSWORD);
      browser.open(projectPath);
      browser.click("partsForm:parts:0:claim");
      browser.waitForTextContaining("partsForm:parts", "测试物业" + d.suffix);
      assertThat(browser.text("partsForm:parts")).contains(club);
      browser.type("partsForm:partNote", "补种冬青 120 株");
      browser.click("partsForm:parts:0:done");
      browser.waitForTextContaining("messages", "该部分已完成");
      browser.logout();

      browser.login(d.communityOfficial, TestData.PASSWORD);
      browser.open(projectPath);
      browser.click("partsForm:parts:1:done");
      browser.waitForTextContaining("messages", "该部分已完成");
      browser.type("completeForm:note", "全线完工，绿植成活");
      browser.click("completeForm:complete");
      browser.waitForText("status", "已完成");
      browser.type("acceptForm:surveyed_input", "10");
      browser.type("acceptForm:satisfied_input", "9");
      browser.click("acceptForm:accept");
      browser.waitForText("status", "已验收");
      assertThat(browser.text("acceptance")).contains("10").contains("9");
    }
    assertThat(
            TestData.queryLong(
                "select count(distinct x.unit_id) from project_part x join project p on p.id = x.project_id"
                    + " where p.community_id = ? and x.done_at is not null",
                d.community))
        .isEqualTo(2);
  }
}
