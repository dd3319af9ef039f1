package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.casedesk.cases.CaseFilter;
import org.casedesk.cases.CaseSearchService;
import org.casedesk.cases.CaseSummary;
import org.casedesk.cases.IntakeService;
import org.casedesk.cases.RegisterCase;
import org.casedesk.categories.Channel;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.Login;
import org.casedesk.it.support.TestData;
import org.casedesk.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The header's search box on PostgreSQL: by case number, the last digits of a phone, a resident's
 * name and words of the description, each within the caller's scope as the case search is; phone
 * and name searches are audited.
 */
@ExtendWith(ArquillianExtension.class)
class GlobalSearchIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(GlobalSearchIT.class);
  }

  @Inject private IntakeService intake;
  @Inject private CaseSearchService search;
  @Inject private Login login;

  private List<Long> found(String text) {
    return search.page(CaseFilter.text(text), 0, 50, null, false).stream()
        .map(CaseSummary::id)
        .toList();
  }

  @Test
  void findsByEachKindOfTermWithinTheCallersScope() {
    TestData d = TestData.create();
    String tag = "标记" + d.suffix; // the suffix alone may be all digits
    String phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    String name = "欧阳" + d.suffix;
    long resident = d.resident(name, phone, null);
    login.as(d.helpdesk);
    long here =
        intake.register(
            new RegisterCase(
                resident, null, d.flat, d.categoryWater, Channel.PHONE, "楼顶水箱漏水 " + tag, false));
    long elsewhere =
        intake.register(
            new RegisterCase(
                resident,
                null,
                d.otherFlat,
                d.categoryWater,
                Channel.PHONE,
                "另一社区水箱漏水 " + tag,
                false));
    String caseNo = TestData.queryString("select case_no from work_case where id = ?", here);

    login.as(d.subdistrictOfficial);
    assertThat(found(caseNo)).containsExactly(here);
    assertThat(found(phone.substring(phone.length() - 6)))
        .containsExactlyInAnyOrder(here, elsewhere);
    assertThat(found(name)).containsExactlyInAnyOrder(here, elsewhere);
    assertThat(found("欧阳" + d.suffix.substring(0, 4))).contains(here, elsewhere);
    assertThat(found("水箱漏水 " + tag)).containsExactlyInAnyOrder(here, elsewhere);
    assertThat(found("楼顶 " + tag)).containsExactly(here);
    assertThat(found(name + " 另一社区")).containsExactly(elsewhere);
    assertThat(search.count(CaseFilter.text(tag))).isEqualTo(2);
    assertThat(found("没有这样的诉求 " + tag)).isEmpty();
    // a text over the box's limit is refused, not cut
    assertThatThrownBy(() -> found("水".repeat(61))).isInstanceOf(BusinessException.class);
    // LIKE wildcards are plain characters
    assertThat(found("%" + d.suffix + " " + tag)).isEmpty();

    // a community official finds only their community's case, whatever the term
    login.as(d.communityOfficial);
    assertThat(found(phone.substring(phone.length() - 6))).containsExactly(here);
    assertThat(found(name)).containsExactly(here);
    assertThat(found(tag)).containsExactly(here);
    String elsewhereNo =
        TestData.queryString("select case_no from work_case where id = ?", elsewhere);
    assertThat(found(elsewhereNo)).isEmpty();

    login.as(d.helpdesk);
    assertThat(found(phone.substring(phone.length() - 4))).contains(here, elsewhere);

    // handlers use their queues instead, as for the case search
    login.as(d.handler);
    assertThatThrownBy(() -> found(name)).isInstanceOf(EJBAccessException.class);
  }

  @Test
  void phoneAndNameSearchesAreAuditedAndShowNoFullNumber() {
    TestData d = TestData.create();
    String phone = "138" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    long resident = d.resident("审计" + d.suffix, phone, null);
    login.as(d.helpdesk);
    long light =
        intake.register(
            new RegisterCase(
                resident, null, d.flat, d.categoryWater, Channel.PHONE, "路灯不亮 " + d.suffix, false));
    long helpdesk = TestData.userId(d.helpdesk);
    String digits = phone.substring(phone.length() - 5);

    List<CaseSummary> rows = search.page(CaseFilter.text(digits), 0, 20, null, false);
    assertThat(rows).isNotEmpty();
    assertThat(rows.toString()).doesNotContain(phone);
    assertThat(
            TestData.queryLong(
                "select count(*) from audit_log where actor_id = ? and action = 'SEARCH_RESIDENT'"
                    + " and detail = ?",
                helpdesk,
                "search DIGITS: " + digits))
        .isEqualTo(1);
    search.page(CaseFilter.text("审计" + d.suffix), 0, 20, null, false);
    assertThat(
            TestData.queryLong(
                "select count(*) from audit_log where actor_id = ? and action = 'SEARCH_RESIDENT'",
                helpdesk))
        .isEqualTo(2);

    // the results' export holds the same cases and is audited
    assertThat(search.export(CaseFilter.text("审计" + d.suffix), "XLSX"))
        .extracting(CaseSummary::id)
        .containsExactly(light);
    assertThat(
            TestData.queryLong(
                "select count(*) from audit_log where actor_id = ? and action = 'EXPORT_CASES'"
                    + " and detail like 'XLSX 1 %'",
                helpdesk))
        .isEqualTo(1);
  }
}
