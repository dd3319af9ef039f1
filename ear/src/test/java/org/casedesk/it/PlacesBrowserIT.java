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
 * In real Chromium: ADMIN adds a public place (公共区域) under a grid on the address screen, and the
 * help desk registers a case there, with a location detail, stopping the address picker at the
 * place; a second request about the place shows the first as a likely duplicate.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlacesBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  @Test
  void aCaseIsRegisteredAtAPublicPlaceTheAdminAdded() {
    TestData d = TestData.create();
    String gate = "通渭路小学校门" + d.suffix;
    try (Browser browser = new Browser(baseUrl.toString())) {
      browser.login(d.admin, TestData.PASSWORD);
      browser.open("admin/areas.xhtml");
      browser.clickXpath("//a[contains(@id, 'select') and text()='测试网格" + d.suffix + "']");
      browser.waitForTextContaining("areasForm:selected", "测试网格" + d.suffix);
      browser.select("areasForm:childKind", "公共区域");
      browser.type("areasForm:childName", gate);
      browser.click("areasForm:addChild");
      browser.waitForTextContaining("areasForm:tree", gate);
      long place =
          TestData.queryLong(
              "select id from area_node where name = ? and kind = 'PUBLIC_PLACE' and grid_id = ?",
              gate,
              d.grid);
      browser.logout();

      browser.login(d.helpdesk, TestData.PASSWORD);
      String firstNo = register(browser, d, gate, "上下学时段校门口接送车辆乱停，交通拥堵");
      assertThat(browser.pageSource()).contains(gate + "（校门东侧）");
      long first = TestData.queryLong("select id from work_case where case_no = ?", firstNo);
      assertThat(
              TestData.queryString(
                  "select location_id || ' ' || coalesce(flat_id, 0) || ' ' || grid_id || ' '"
                      + " || location_detail from work_case where id = ?",
                  first))
          .isEqualTo(place + " 0 " + d.grid + " 校门东侧");

      // the same place and category again: the first case is offered as a likely duplicate
      browser.open("helpdesk/register.xhtml");
      fillAtPlace(browser, d, gate, "校门口又堵了");
      browser.waitForTextContaining("registerForm:duplicates", firstNo);
    }
  }

  private static void fillAtPlace(Browser browser, TestData d, String place, String text) {
    browser.clickCss("[id='registerForm:anonymous'] .ui-chkbox-box");
    browser.select("registerForm:community", "测试社区" + d.suffix);
    browser.select("registerForm:grid", "测试网格" + d.suffix);
    browser.select("registerForm:courtyard", "[公共区域] " + place);
    browser.type("registerForm:locationDetail", "校门东侧");
    browser.select("registerForm:category", "停车与交通");
    browser.type("registerForm:description", text);
  }

  private static String register(Browser browser, TestData d, String place, String text) {
    browser.open("helpdesk/register.xhtml");
    fillAtPlace(browser, d, place, text);
    browser.click("registerForm:save");
    browser.waitForUrl("cases/case.xhtml?id=");
    return browser.title().replaceAll(".* ", "");
  }
}
