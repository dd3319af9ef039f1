package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.casedesk.it.support.Browser;
import org.casedesk.it.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Tier 3: the assembled casedesk.ear on a real Payara Server 6 domain, prepared by the shipped
 * asadmin script and started by the build (profile payara-server, src/test/payara-server).
 */
@EnabledIfSystemProperty(named = "casedesk.server.url", matches = "http.+")
class EarOnPayaraServerIT {

  private final String serverUrl = System.getProperty("casedesk.server.url");

  @Test
  void servesTheLoginPageAndRunsTheDailyJobInTheApplicationDatabase() throws InterruptedException {
    TestData d = TestData.create();
    // A day long past and different in every run, so no earlier execution can be mistaken for it.
    LocalDate day = LocalDate.of(2020, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(1500));
    try (Browser browser = new Browser(serverUrl)) {
      browser.open("login.xhtml");
      assertThat(browser.text("loginForm")).contains("用户名", "密码");

      browser.login(d.admin, TestData.PASSWORD);
      browser.open("admin/jobs.xhtml");
      browser.pickDate("jobsForm:from", day);
      browser.pickDate("jobsForm:to", day);
      browser.click("jobsForm:start");
      browser.waitForXpath(
          "//tbody[@id='jobsForm:executions_data']/tr[td[normalize-space()='"
              + day
              + " – "
              + day
              + "'] and .//span[normalize-space()='已完成']]");
    }
    // The job repository and the snapshot both live in the application's PostgreSQL database.
    assertThat(
            TestData.queryLong(
                "select count(*) from report_run where report_day = ?", java.sql.Date.valueOf(day)))
        .isEqualTo(1);
    // The batch runtime writes the execution row's final status a moment after the screen shows it.
    // Payara Server uses the job repository tables Flyway creates, with the "jbatch" prefix (V95).
    String completed =
        "select count(*) from report_run r join jbatchexecutioninstancedata e"
            + " on e.jobexecid = r.execution_id join jbatchjobinstancedata i"
            + " on i.jobinstanceid = e.jobinstanceid where r.report_day = ?"
            + " and e.batchstatus = 'COMPLETED' and i.name = 'daily-case-report'";
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
    while (TestData.queryLong(completed, java.sql.Date.valueOf(day)) == 0
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(TestData.queryLong(completed, java.sql.Date.valueOf(day))).isEqualTo(1);
  }
}
