package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.PageRoleMatrix;
import org.casedesk.it.support.PageRoleMatrix.User;
import org.casedesk.it.support.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page for every role on PostgreSQL, as web.xml's security constraints say (200 or 403, never
 * a 500 or the error page). {@link QuickStartPagesIT} runs the same matrix on the quick-start
 * database (H2 with the demo data).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageRoleMatrixIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  @Test
  void everyPageAnswersEveryRoleAsWebXmlSays() throws Exception {
    TestData d = TestData.create();
    List<User> users =
        List.of(
            new User(d.helpdesk, TestData.PASSWORD, "HELPDESK"),
            new User(d.handler, TestData.PASSWORD, "HANDLER"),
            new User(d.unitStaff, TestData.PASSWORD, "HANDLER"),
            new User(d.communityOfficial, TestData.PASSWORD, "COMMUNITY_OFFICIAL"),
            new User(d.subdistrictOfficial, TestData.PASSWORD, "SUBDISTRICT_OFFICIAL"),
            new User(d.admin, TestData.PASSWORD, "ADMIN"));
    PageRoleMatrix matrix = new PageRoleMatrix(baseUrl.toString());
    List<String> failures = matrix.run(users);
    System.out.printf(
        "PageRoleMatrixIT (PostgreSQL): %d pages x %d logins + anonymous, %d requests, %d failures%n",
        PageRoleMatrix.pages().size(), users.size(), matrix.visits(), failures.size());
    assertThat(failures).isEmpty();
  }
}
