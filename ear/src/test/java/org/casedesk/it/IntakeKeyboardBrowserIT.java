package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;
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
 * In real Chromium, the help desk's standard registration by keyboard only: a known resident by the
 * last digits of the phone (their flat fills in the address), the category by its pinyin initials,
 * the request, Ctrl+S. Every key pressed is counted and printed with the seconds ({@code KEYS
 * intake.standard N keys S s}). Then the next call of the same resident: their earlier case and the
 * duplicate are shown, the duplicate opens from the keyboard, and save-and-new names the saved case
 * with a link.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeKeyboardBrowserIT {

  private static final String RESIDENT = "registerForm:resident";
  private static final String CATEGORY = "registerForm:category";
  private static final String DESCRIPTION = "registerForm:description";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  private int keys;

  /** Types text into the focused field, one key per character. */
  private void type(Browser browser, String text) {
    browser.pressKeysOnFocused(text);
    keys += text.length();
  }

  private void press(Browser browser, CharSequence key) {
    browser.pressKeysOnFocused(key);
    keys++;
  }

  /** Tabs from the focused field on until the focus is on the field with this id (counted). */
  private void tabTo(Browser browser, String id) {
    for (int i = 0; i < 15 && !browser.focusedId().equals(id); i++) {
      press(browser, Keys.TAB);
      browser.waitForAjax();
    }
    assertThat(browser.focusedId()).isEqualTo(id);
  }

  /** Last four digits no other resident's phone ends with, so the first suggestion is ours. */
  private static String freshDigits() {
    while (true) {
      String digits = String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
      if (TestData.queryLong("select count(*) from resident where phone like ?", "%" + digits)
          == 0) {
        return digits;
      }
    }
  }

  @Test
  void aStandardRegistrationByKeyboardOnly() {
    TestData d = TestData.create();
    String digits = freshDigits();
    String name = "张军" + d.suffix;
    d.resident(name, "1391234" + digits, null);
    long namesake = d.resident(name, "1380000" + freshDigits(), null);
    TestData.update("update resident set flat_id = ? where id = ?", d.otherFlat, namesake);

    try (Browser browser = new Browser(baseUrl.toString())) {
      browser.login(d.helpdesk, TestData.PASSWORD);

      // two residents of one name are told apart by masked phone and masked address
      browser.open("helpdesk/register.xhtml");
      browser.waitForFocus(RESIDENT + "_input");
      assertThat(browser.value(RESIDENT + "_input")).as("the field starts empty").isEmpty();
      browser.pressKeysOnFocused(name);
      String mine = browser.waitForSuggestion(RESIDENT, "139****" + digits);
      String theirs = browser.waitForSuggestion(RESIDENT, "138****");
      assertThat(mine).contains(name).contains("测试楼院" + d.suffix).doesNotContain("1391234");
      assertThat(theirs).contains("另一楼院" + d.suffix);
      assertThat(browser.pageSource()).doesNotContain("1391234" + digits);

      // the standard registration, counted from the page being there to the case being saved
      browser.open("helpdesk/register.xhtml");
      browser.waitForFocus(RESIDENT + "_input");
      keys = 0;
      long start = System.nanoTime();
      type(browser, digits);
      browser.waitForSuggestion(RESIDENT, "139****" + digits);
      press(browser, Keys.ENTER);
      browser.waitForAjax();
      browser.waitForFocus(CATEGORY + "_input"); // the address was filled in from the flat
      type(browser, "gs");
      browser.waitForSuggestion(CATEGORY, "供水");
      press(browser, Keys.ENTER);
      browser.waitForAjax();
      tabTo(browser, DESCRIPTION);
      type(browser, "水管漏水");
      press(browser, Keys.chord(Keys.CONTROL, "s"));
      browser.waitForUrl("cases/case.xhtml?id=");
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("KEYS intake.standard %d keys %.1f s%n", keys, seconds);
      String firstNo = browser.title().replaceAll(".* ", "");
      assertThat(browser.pageSource()).contains("测试楼院" + d.suffix).contains("供水");
      assertThat(keys).isLessThan(33);

      // the same resident calls again: earlier case and duplicate shown, the duplicate opens
      browser.open("helpdesk/register.xhtml");
      browser.waitForFocus(RESIDENT + "_input");
      browser.pressKeysOnFocused(digits);
      browser.waitForSuggestion(RESIDENT, "139****" + digits);
      browser.pressKeysOnFocused(Keys.ENTER);
      browser.waitForAjax();
      browser.waitForTextContaining("registerForm:earlier", firstNo);
      browser.waitForFocus(CATEGORY + "_input");
      browser.pressKeysOnFocused("gs");
      browser.waitForSuggestion(CATEGORY, "供水");
      browser.pressKeysOnFocused(Keys.ENTER);
      browser.waitForAjax();
      browser.waitForTextContaining("registerForm:duplicates", firstNo);
      for (int i = 0; i < 25 && !browser.focusedId().endsWith("duplicateCase"); i++) {
        browser.pressKeysOnFocused(Keys.TAB);
      }
      assertThat(browser.focusedId()).endsWith("duplicateCase");
      browser.pressKeysOnFocused(Keys.ENTER);
      browser.switchToNewestWindow(2);
      browser.waitForUrl("cases/case.xhtml?id=");
      assertThat(browser.title()).contains(firstNo);
      browser.closeWindowAndReturn();

      // back on the entry (the focus stayed behind in the other tab): the request, save-and-new
      browser.type(DESCRIPTION, "又漏水了");
      browser.pressKeys(DESCRIPTION, Keys.chord(Keys.CONTROL, Keys.SHIFT, "s"));
      browser.waitForTextContaining("registerForm:savedCase", "已保存工单");
      String savedNo = browser.text("registerForm:savedCaseLink");
      assertThat(savedNo).isNotEqualTo(firstNo).startsWith(firstNo.substring(0, 9));
      long savedId = TestData.queryLong("select id from work_case where case_no = ?", savedNo);
      assertThat(TestData.queryString("select description from work_case where id = ?", savedId))
          .isEqualTo("又漏水了");
      assertThat(browser.pageSource()).contains("cases/case.xhtml?id=" + savedId);
    }
  }
}
