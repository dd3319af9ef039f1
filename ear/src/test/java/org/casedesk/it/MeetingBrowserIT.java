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
 * In real Chromium: a case escalated by its handler goes on a committee meeting's agenda, the
 * meeting gives the property company a decision task, the company's grid worker reports it done,
 * the case is back with its handler, who resolves it, and the help desk closes it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeetingBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  @Test
  void anEscalatedCaseGoesThroughAMeetingToADecisionTaskAndBackToClosure() {
    TestData d = TestData.create();
    LocalDate today = LocalDate.now(WorkCalendar.ZONE);
    try (Browser browser = new Browser(baseUrl.toString())) {
      browser.login(d.helpdesk, TestData.PASSWORD);
      browser.fillAnonymousCase(d, "楼顶水箱漏水，物业与业委会互相推诿");
      browser.click("registerForm:save");
      browser.waitForUrl("cases/case.xhtml?id=");
      String casePath = browser.currentUrl().substring(browser.currentUrl().indexOf("cases/"));
      long caseId = Long.parseLong(casePath.substring(casePath.indexOf("id=") + 3));
      browser.logout();

      browser.login(d.handler, TestData.PASSWORD);
      browser.open(casePath);
      browser.type("handleForm:note", "已上门查看，需物业和业委会协商");
      browser.click("handleForm:addNote");
      browser.waitForText("state", "办理中");
      browser.type("handleForm:reason", "费用分担有争议，提交社工委会议议一议");
      browser.click("handleForm:escalate");
      browser.waitForText("state", "提交会议");
      browser.logout();

      browser.login(d.communityOfficial, TestData.PASSWORD);
      browser.open("committee/meetings.xhtml");
      browser.type("scheduleForm:name", "社工委会议" + d.suffix.substring(0, 4));
      browser.select("scheduleForm:community", "测试社区" + d.suffix);
      browser.pickDate("scheduleForm:heldOn", today);
      browser.click("scheduleForm:schedule");
      browser.waitForUrl("committee/meeting.xhtml?id=");
      String caseNo = TestData.queryString("select case_no from work_case where id = ?", caseId);
      browser.select("agendaForm:case", caseNo + " 测试楼院" + d.suffix + " 1单元101室");
      browser.click("agendaForm:addAgenda");
      browser.waitForTextContaining("messages", "议题已添加");
      browser.click("agendaForm:items:0:prepareDecision");
      browser.type("decisionForm:text", "由物业更换水箱阀门，业委会监督");
      browser.select("decisionForm:ownerUnit", "测试物业" + d.suffix);
      browser.pickDate("decisionForm:dueOn", today.plusDays(7));
      browser.click("decisionForm:decide");
      browser.waitForTextContaining("messages", "决议已记录");
      browser.type("minutesForm:minutes", "会议讨论了水箱漏水问题，形成决议一项。");
      browser.click("minutesForm:saveMinutes");
      browser.waitForTextContaining("messages", "会议纪要已保存");
      browser.logout();

      browser.login(d.handler, TestData.PASSWORD);
      browser.open(casePath);
      assertThat(browser.text("history")).contains("会议决议").contains("由物业更换水箱阀门");
      browser.open("committee/decisions.xhtml");
      browser.type("decisionsForm:note", "阀门已更换，漏水止住");
      browser.click("decisionsForm:decisions:0:done");
      browser.waitForTextContaining("messages", "决议事项已完成");
      browser.open(casePath);
      assertThat(browser.text("state")).isEqualTo("办理中");
      browser.type("handleForm:reply", "经社工委会议协调，物业已更换阀门");
      browser.click("handleForm:resolve");
      browser.waitForText("state", "已办结");
      browser.logout();

      browser.login(d.helpdesk, TestData.PASSWORD);
      browser.open(casePath);
      browser.clickLabelOf("followUpForm:satisfaction:0");
      browser.click("followUpForm:recordFollowUp");
      browser.waitForText("state", "已结案");
    }
  }
}
