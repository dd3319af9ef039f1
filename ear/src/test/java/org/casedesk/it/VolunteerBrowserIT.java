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
import org.openqa.selenium.Keys;

/**
 * In real Chromium: the property company's grid worker records a courtyard clean-up with a member
 * and a named volunteer; the list shows them with their hours and the member's profile the total.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VolunteerBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  @Test
  void aHandlerRecordsAnActivityForHisUnit() {
    TestData d = TestData.create();
    long member = TestData.nextId("member_seq");
    String name = "孔令" + d.suffix.substring(0, 4);
    TestData.update(
        "insert into committee_member (id, name, unit_id, committee_role, community_id, grid_id,"
            + " active, version) values (?, ?, ?, 'PARTY_VOLUNTEER', ?, ?, true, 0)",
        member,
        name,
        d.unit,
        d.community,
        d.grid);
    String title = "楼院清扫" + d.suffix.substring(0, 4);
    try (Browser browser = new Browser(baseUrl.toString())) {
      browser.login(d.handler, TestData.PASSWORD);
      browser.open("committee/activities.xhtml");
      browser.select("activityForm:community", "测试社区" + d.suffix);
      browser.select("activityForm:type", "楼院清扫");
      browser.type("activityForm:title", title);
      browser.type(
          "activityForm:heldAt_input", LocalDate.now(WorkCalendar.ZONE).minusDays(1) + " 08:30");
      browser.pressKeys("activityForm:heldAt_input", Keys.TAB);
      browser.select("activityForm:member", name);
      browser.type("activityForm:hours", "3");
      browser.click("activityForm:add");
      browser.waitForTextContaining("activityForm:people", name);
      browser.type("activityForm:volunteerName", "张志愿");
      browser.type("activityForm:hours", "2.5");
      browser.click("activityForm:add");
      browser.waitForTextContaining("activityForm:people", "张志愿");
      browser.click("activityForm:create");
      browser.waitForTextContaining("messages", title);
      assertThat(browser.text("activities")).contains(title, name + " 3h", "张志愿 2.5h");

      browser.open("committee/member.xhtml?id=" + member);
      browser.waitForText("volunteerHours", "3.00");
      assertThat(browser.text("latestActivities")).contains(title);
    }
    assertThat(
            TestData.queryLong(
                "select organiser_unit_id from volunteer_activity where title = ?", title))
        .isEqualTo(d.unit);
  }
}
