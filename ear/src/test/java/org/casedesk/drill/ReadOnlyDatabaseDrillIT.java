package org.casedesk.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.casedesk.it.support.Browser;
import org.casedesk.it.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The read-only database drill (README, "Fault drills"), on a throwaway database ({@code
 * -Dtest.db.url}; the drill makes the whole database read-only for a while): a help-desk user has
 * filled in the register form when the database turns read-only ({@code alter database … set
 * default_transaction_read_only = on}, its sessions ended so the pool's new connections get it).
 * Saving says the database is read-only and nothing was saved, the form keeps what was typed; once
 * the database is writable again the same form saves the case once, without a server restart.
 * Prints {@code DRILL read-only …}.
 */
class ReadOnlyDatabaseDrillIT extends Drill {

  /** The database writable again (before {@link Drill#stopServer}, which runs after this). */
  @AfterAll
  static void writable() throws Exception {
    readOnly(false);
  }

  @Test
  void aReadOnlyDatabaseRefusesTheFormWhichKeepsWhatWasTypedAndSavesOnceAfterwards()
      throws Exception {
    server = new DrillServer("drill-readonly");
    server.start("start-0");
    TestData d = TestData.create();
    String description = "只读演练：楼道积水 " + d.suffix;
    try (Browser browser = new Browser(server.base())) {
      browser.login(d.helpdesk, TestData.PASSWORD);
      browser.fillAnonymousCase(d, description);

      readOnly(true);
      browser.click("registerForm:save");
      browser.waitForTextContaining("messages", "只读");
      String message = browser.text("messages");
      boolean kept =
          browser.currentUrl().contains("helpdesk/register.xhtml")
              && description.equals(browser.value("registerForm:description"))
              && "1单元101室".equals(browser.text("registerForm:flat_label"));
      long whileReadOnly = cases(description);

      readOnly(false);
      Instant back = Instant.now();
      browser.click("registerForm:save");
      browser.waitForUrl("cases/case.xhtml?id=");
      Duration saved = Duration.between(back, Instant.now());
      long after = cases(description);
      System.out.printf(
          "DRILL read-only message=\"%s\" typedTextKept=%s casesWhileReadOnly=%d"
              + " casesAfter=%d savedAfterMs=%d%n",
          message, kept, whileReadOnly, after, saved.toMillis());
      assertThat(message).contains("没有保存");
      assertThat(kept).as("the form as typed").isTrue();
      assertThat(whileReadOnly).isZero();
      assertThat(after).isEqualTo(1);
    }
  }

  /**
   * The test database read-only (or writable again) for every new session, and its other sessions
   * ended: the pool's validation replaces them with new ones, which get the setting.
   */
  private static void readOnly(boolean on) throws SQLException {
    try (Connection c = TestData.connect();
        Statement s = c.createStatement()) {
      s.execute("set session characteristics as transaction read write");
      s.execute(
          "do $$ begin execute format('alter database %I set default_transaction_read_only = "
              + on
              + "', current_database()); end $$");
      s.execute(
          "select pg_terminate_backend(pid) from pg_stat_activity where datname ="
              + " current_database() and pid <> pg_backend_pid() and usename = current_user");
    }
  }

  private static long cases(String description) throws SQLException {
    return TestData.queryLong("select count(*) from work_case where description = ?", description);
  }
}
