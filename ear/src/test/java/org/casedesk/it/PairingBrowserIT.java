package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import org.casedesk.calendar.WorkCalendar;
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
 * In real Chromium: the community official adds a committee member and pairs them with a vulnerable
 * resident (flagged overdue at once, the pairing started three weeks ago); the grid worker logs a
 * home visit and raises a case from it, which is registered for the resident and dispatched.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PairingBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  @Test
  void aPairingVisitRaisesACase() {
    TestData d = TestData.create();
    String residentName = "孤老" + d.suffix.substring(0, 4);
    long resident = d.resident(residentName, "13912345678", "失独老人");
    String memberName = "结对" + d.suffix.substring(0, 4);
    try (Browser browser = new Browser(baseUrl.toString())) {
      browser.login(d.communityOfficial, TestData.PASSWORD);
      browser.open("committee/members.xhtml");
      browser.type("memberForm:name", memberName);
      browser.select("memberForm:kind", "委员");
      browser.type("memberForm:position", "委员");
      browser.select("memberForm:community", "测试社区" + d.suffix);
      browser.click("memberForm:save");
      browser.waitForTextContaining("messages", "已保存");

      browser.open("committee/pairings.xhtml");
      browser.select("pairForm:member", memberName + " (委员)");
      browser.type("pairForm:residentQuery", residentName);
      browser.click("pairForm:search");
      browser.waitForAjax();
      browser.select("pairForm:resident", residentName + " · 失独老人 · 测试楼院" + d.suffix + " 1单元101室");
      browser.select("pairForm:tag", "失独老人");
      browser.pickDate("pairForm:startedOn", LocalDate.now(WorkCalendar.ZONE).minusDays(21));
      browser.click("pairForm:pair");
      browser.waitForUrl("committee/pairing.xhtml?id=");
      String pairingUrl = browser.currentUrl();
      assertThat(browser.text("overdue")).contains("超期");
      assertThat(browser.text("resident")).contains("139****5678").doesNotContain("13912345678");
      browser.logout();

      browser.login(d.handler, TestData.PASSWORD);
      browser.open(pairingUrl.substring(pairingUrl.indexOf("committee/")));
      browser.clickLabelOf("visitForm:form:0");
      browser.type("visitForm:notes", "入户看望，老人反映卫生间水管漏水");
      browser.click("visitForm:logVisit");
      browser.waitForTextContaining("messages", "走访已登记");
      // the pairing is no longer overdue; the visit itself came late (21 days, cadence 14)
      assertThat(browser.pageSource()).doesNotContain("id=\"overdue\"");
      assertThat(browser.text("visitsForm:visits")).contains("超期");
      browser.click("visitsForm:visits:0:prepareCase");
      browser.select("caseForm:category", "供水");
      browser.click("caseForm:raiseCase");
      browser.waitForUrl("cases/case.xhtml?id=");
      assertThat(browser.text("state")).isEqualTo("已派单");
      assertThat(browser.text("description")).isEqualTo("入户看望，老人反映卫生间水管漏水");
      assertThat(browser.pageSource()).contains("走访入户").contains(residentName);
    }
    assertThat(
            TestData.queryLong(
                "select count(*) from work_case w join pairing_visit v on v.case_id = w.id"
                    + " where w.resident_id = ? and w.channel = 'HOME_VISIT'",
                resident))
        .isEqualTo(1);
  }
}
