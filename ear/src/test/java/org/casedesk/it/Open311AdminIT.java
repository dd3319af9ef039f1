package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.Map;
import org.casedesk.categories.Channel;
import org.casedesk.it.support.ApiClients;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.Login;
import org.casedesk.it.support.TestData;
import org.casedesk.open311.ApiClientItem;
import org.casedesk.open311.ApiClientService;
import org.casedesk.open311.ApiKeys;
import org.casedesk.open311.IssuedKey;
import org.casedesk.open311.NewApiClient;
import org.casedesk.open311.NewServiceRequest;
import org.casedesk.open311.Open311Exception;
import org.casedesk.open311.Open311Service;
import org.casedesk.open311.SubmitResult;
import org.casedesk.open311.UnplacedItem;
import org.casedesk.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Open311 behind the endpoint: ADMIN creates and revokes API clients (key shown once, kept hashed),
 * the help desk places a request whose address the tree did not match and marks a case
 * confidential; nobody else may.
 */
@ExtendWith(ArquillianExtension.class)
class Open311AdminIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(Open311AdminIT.class, ApiClients.class);
  }

  @Inject private ApiClientService clients;
  @Inject private Open311Service open311;
  @Inject private Login login;

  @Test
  void adminCreatesAClientWhoseKeyIsKeptOnlyAsAHashAndRevokesIt() {
    TestData d = TestData.create();
    login.as(d.admin);
    IssuedKey issued = clients.create(new NewApiClient("网上平台" + d.suffix, Channel.ONLINE, 120));
    assertThat(issued.key()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(
            TestData.queryString("select key_hash from api_client where id = ?", issued.clientId()))
        .isEqualTo(ApiKeys.hash(issued.key()))
        .doesNotContain(issued.key());
    assertThat(
            TestData.queryLong(
                "select count(*) from app_user u join api_client a on a.user_id = u.id"
                    + " where a.id = ? and u.enabled = false",
                issued.clientId()))
        .isEqualTo(1);
    assertThat(clients.clients())
        .extracting(ApiClientItem::id, ApiClientItem::channel, ApiClientItem::ratePerMinute)
        .contains(org.assertj.core.groups.Tuple.tuple(issued.clientId(), Channel.ONLINE, 120));
    assertThatThrownBy(() -> clients.create(new NewApiClient(" ", Channel.ONLINE, 0)))
        .isInstanceOf(EJBException.class);

    SubmitResult posted = open311.submit(issued.key(), request(d, String.valueOf(d.flat), null));
    assertThat(posted.serviceRequestId()).isNotBlank();
    assertThat(
            TestData.queryString(
                "select channel from work_case where case_no = ?", posted.serviceRequestId()))
        .isEqualTo("ONLINE");

    clients.revoke(issued.clientId());
    assertThatThrownBy(() -> open311.submit(issued.key(), request(d, String.valueOf(d.flat), null)))
        .isInstanceOfSatisfying(
            Open311Exception.class, e -> assertThat(e.getStatus()).isEqualTo(403));

    login.as(d.helpdesk);
    assertThatThrownBy(() -> clients.clients()).isInstanceOf(EJBAccessException.class);
  }

  @Test
  void theHelpDeskPlacesAnUnmatchedRequestAndItBecomesACase() {
    TestData d = TestData.create();
    String key = ApiClients.create("12345" + d.suffix, "HOTLINE_12345", 1000);
    SubmitResult waiting = open311.submit(key, request(d, null, "火星路" + d.suffix + "号"));
    assertThat(waiting.serviceRequestId()).isNull();
    long requestId =
        TestData.queryLong("select id from open311_request where token = ?", waiting.token());

    login.as(d.handler);
    assertThatThrownBy(() -> open311.place(requestId, d.flat))
        .isInstanceOf(EJBAccessException.class);

    login.as(d.helpdesk);
    assertThat(open311.unplaced()).extracting(UnplacedItem::id).contains(requestId);
    assertThatThrownBy(() -> open311.place(requestId, d.courtyard))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("case.flat.invalid"));
    long caseId = open311.place(requestId, d.flat);
    assertThat(open311.unplaced()).extracting(UnplacedItem::id).doesNotContain(requestId);
    assertThat(
            TestData.queryString(
                "select channel || ' ' || state from work_case where id = ?", caseId))
        .isEqualTo("HOTLINE_12345 DISPATCHED");
    String caseNo = TestData.queryString("select case_no from work_case where id = ?", caseId);
    assertThat(open311.token(waiting.token()).serviceRequestId()).isEqualTo(caseNo);
    assertThatThrownBy(() -> open311.place(requestId, d.flat))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("open311.request.notWaiting"));

    open311.markConfidential(caseNo, true);
    assertThat(
            TestData.queryString(
                "select cast(confidential as varchar) from work_case where id = ?", caseId))
        .isEqualTo("true");
  }

  private static NewServiceRequest request(TestData d, String addressId, String addressString) {
    return new NewServiceRequest(
        "GARBAGE", "垃圾没人清运", addressId, addressString, null, null, "某某", "周", null, null, Map.of());
  }
}
