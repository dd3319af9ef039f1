package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.TestData;
import org.casedesk.it.support.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The case search's pager counts at most 1,000 matching cases ("1000+" beyond), exactly below that
 * and exactly for a first row beyond it asked for by the page's address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseSearchPagerIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  @Test
  void countsUpToAThousandThenSaysSo() throws Exception {
    TestData d = TestData.create();
    // 1,005 cases in this test's community: 1,000 handled, 5 closed
    TestData.update(
        "insert into work_case (id, case_no, grid_id, community_id, category_id, channel,"
            + " description, state, created_by, accepted_at, location_id)"
            + " select nextval('case_seq'), null, ?, ?, ?, 'WINDOW', '分页测试',"
            + " case when g <= 5 then 'CLOSED' else 'HANDLING' end,"
            + " (select id from app_user where username = ?), localtimestamp - g * interval '1 minute', ?"
            + " from generate_series(1, 1005) g",
        d.grid,
        d.community,
        d.categoryWater,
        d.helpdesk,
        d.flat);

    WebClient web = new WebClient(baseUrl);
    assertThat(web.login(d.communityOfficial, TestData.PASSWORD).statusCode()).isEqualTo(302);
    assertThat(web.get("search/cases.xhtml").body()).contains("1-20 / 1000+");
    assertThat(web.get("search/cases.xhtml?state=CLOSED").body()).contains("1-5 / 5");
    // a first row beyond the capped count, from the address: counted exactly, its page shown
    assertThat(web.get("search/cases.xhtml?first=1000").body()).contains("1001-1005 / 1005");
  }
}
