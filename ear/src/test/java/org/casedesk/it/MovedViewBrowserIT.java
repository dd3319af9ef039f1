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
 * More than one node: sessions move to another node, views do not (Payara replicates no view
 * state). An ajax request whose view the server does not have, as after the node that held it was
 * killed, gets the expired page; the page then opens again by itself, still signed in, with the
 * typed text back in its field, and nothing is saved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MovedViewBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  @Test
  void anAjaxRequestForAViewTheNodeDoesNotHaveReloadsThePageWithTheTypedText() throws Exception {
    TestData d = TestData.create();
    try (Browser browser = new Browser(baseUrl.toString())) {
      String casePath = TypedTextBrowserIT.registerCase(browser, d);
      long caseId = Long.parseLong(casePath.substring(casePath.indexOf("id=") + 3));
      browser.login(d.handler, TestData.PASSWORD);
      browser.open(casePath);
      browser.type("handleForm:note", "节点切换前写下的办理情况");
      // the view this page was rendered with is not on the server that gets the next request
      browser.script(
          "document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]')"
              + ".forEach(function (v) { v.value = '-1234567890:987654321'; });"
              + " window.casedeskBeforeReload = true;");
      browser.click("handleForm:addNote");
      for (int i = 0; i < 60 && Boolean.TRUE.equals(reloadPending(browser)); i++) {
        Thread.sleep(500);
      }
      assertThat(reloadPending(browser)).as("the page opened again").isNotEqualTo(true);
      browser.waitForText("state", "已派单");
      assertThat(browser.currentUrl()).endsWith(casePath);
      assertThat(browser.value("handleForm:note")).isEqualTo("节点切换前写下的办理情况");
      assertThat(
              TestData.queryLong(
                  "select count(*) from case_history where case_id = ? and note = ?",
                  caseId,
                  "节点切换前写下的办理情况"))
          .isZero();
    }
  }

  private static Object reloadPending(Browser browser) {
    return browser.script("return window.casedeskBeforeReload === true;");
  }
}
