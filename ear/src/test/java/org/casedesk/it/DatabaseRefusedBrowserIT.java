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
 * Issue 18: the register form sent while PostgreSQL refuses the write — read-only, out of disk
 * space, connection lost — stays on its page with everything typed and chosen, says why nothing was
 * saved, and saves once (exactly one case) when sent again after the database is back. PostgreSQL
 * itself refuses with the real SQLSTATE (25006, 53100, 08006), raised by a trigger on this test's
 * own case only, so nothing else running on the database is touched.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseRefusedBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  @Test
  void theRegisterFormKeepsWhatWasTypedWhileTheDatabaseRefusesAndSavesOnceAfterwards() {
    TestData d = TestData.create();
    String description = "楼道声控灯不亮 " + d.suffix;
    String trigger = "refuse_" + d.suffix;
    try (Browser browser = new Browser(baseUrl.toString())) {
      browser.login(d.helpdesk, TestData.PASSWORD);
      browser.fillAnonymousCase(d, description);
      browser.type("registerForm:locationDetail", "3单元门口");
      for (String[] refusal :
          new String[][] {
            {"25006", "只读"}, {"53100", "存储空间已满"}, {"08006", "无法连接"},
          }) {
        refuse(trigger, description, refusal[0]);
        browser.click("registerForm:save");
        browser.waitForTextContaining("messages", refusal[1]);
        assertThat(browser.text("messages")).contains("没有保存").contains("仍在本页");
        assertThat(browser.currentUrl()).contains("helpdesk/register.xhtml");
        assertThat(browser.value("registerForm:description")).isEqualTo(description);
        assertThat(browser.value("registerForm:locationDetail")).isEqualTo("3单元门口");
        assertThat(browser.text("registerForm:flat_label")).isEqualTo("1单元101室");
        assertThat(browser.value("registerForm:category_input")).contains("供水");
        assertThat(cases(description)).as("nothing saved (" + refusal[0] + ")").isZero();
      }
      // the database is back: the same form, sent again, saves the case once
      TestData.update("drop trigger " + trigger + " on work_case");
      browser.click("registerForm:save");
      browser.waitForUrl("cases/case.xhtml?id=");
      assertThat(cases(description)).isEqualTo(1);
    } finally {
      TestData.update("drop trigger if exists " + trigger + " on work_case");
      TestData.update("drop function if exists " + trigger + "()");
    }
  }

  /** From now on PostgreSQL refuses to insert the case with {@code description}, with state. */
  private static void refuse(String trigger, String description, String sqlState) {
    TestData.update(
        "create or replace function "
            + trigger
            + "() returns trigger language plpgsql as $$ begin if new.description = '"
            + description
            + "' then raise exception 'drill: refused' using errcode = '"
            + sqlState
            + "'; end if; return new; end $$");
    TestData.update(
        "create or replace trigger "
            + trigger
            + " before insert on work_case for each row execute function "
            + trigger
            + "()");
  }

  private static long cases(String description) {
    return TestData.queryLong("select count(*) from work_case where description = ?", description);
  }
}
