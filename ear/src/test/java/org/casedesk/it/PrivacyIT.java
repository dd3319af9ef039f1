package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.casedesk.audit.AuditAction;
import org.casedesk.audit.AuditItem;
import org.casedesk.audit.AuditService;
import org.casedesk.cases.CaseReadService;
import org.casedesk.cases.IntakeService;
import org.casedesk.cases.RegisterCase;
import org.casedesk.cases.RevealedResident;
import org.casedesk.categories.Channel;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.Login;
import org.casedesk.it.support.TestData;
import org.casedesk.residents.NewResident;
import org.casedesk.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personal data on PostgreSQL: masked on the server, revealed only to those who may and only on
 * request, every view and reveal in an audit log that cannot be changed.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(PrivacyIT.class);
  }

  @Inject private IntakeService intake;
  @Inject private CaseReadService reads;
  @Inject private AuditService audit;
  @Inject private Login login;

  private static long auditRows(long caseId, AuditAction action) {
    return TestData.queryLong(
        "select count(*) from audit_log where case_id = " + caseId + " and action = ?",
        action.name());
  }

  @Test
  void residentDataIsMaskedRevealedOnlyToThoseWhoMayAndEveryLookIsAudited() {
    TestData d = TestData.create();
    login.as(d.helpdesk);
    long id =
        intake.register(
            new RegisterCase(
                null,
                new NewResident("张桂兰", "13987654321", "620102198001011239"),
                d.flat,
                d.categoryWater,
                Channel.PHONE,
                "自来水有异味",
                false));
    long anonymous =
        intake.register(
            new RegisterCase(null, null, d.flat, d.categoryWater, Channel.PHONE, "匿名反映", true));

    assertThat(reads.detail(id).residentPhone()).isEqualTo("139****4321");
    assertThat(auditRows(id, AuditAction.VIEW_RESIDENT)).isEqualTo(1);
    RevealedResident revealed = reads.revealResident(id);
    assertThat(revealed.phone()).isEqualTo("13987654321");
    assertThat(revealed.idNumber()).isEqualTo("620102198001011239");
    assertThat(auditRows(id, AuditAction.REVEAL_RESIDENT)).isEqualTo(1);

    assertThat(reads.detail(anonymous).residentName()).isNull();
    assertThat(auditRows(anonymous, AuditAction.VIEW_RESIDENT)).isZero();
    assertThatThrownBy(() -> reads.revealResident(anonymous))
        .isInstanceOf(BusinessException.class)
        .hasMessageStartingWith("case.anonymous.nothingToReveal");

    login.as(d.handler);
    assertThat(reads.revealResident(id).phone()).isEqualTo("13987654321");
    login.as(d.otherHandler);
    assertThatThrownBy(() -> reads.revealResident(id))
        .isInstanceOf(BusinessException.class)
        .hasMessageStartingWith("case.notFound");
    login.as(d.otherOfficial);
    assertThatThrownBy(() -> reads.revealResident(id))
        .isInstanceOf(BusinessException.class)
        .hasMessageStartingWith("case.notFound");
    login.as(d.admin);
    assertThatThrownBy(() -> reads.revealResident(id)).isInstanceOf(EJBAccessException.class);
    assertThat(auditRows(id, AuditAction.REVEAL_RESIDENT)).isEqualTo(2);

    String caseNo = TestData.queryString("select case_no from work_case where id = ?", id);
    assertThat(audit.latest(1000))
        .filteredOn(a -> caseNo.equals(a.caseNo()))
        .extracting(AuditItem::action)
        .containsExactly(
            AuditAction.REVEAL_RESIDENT, AuditAction.REVEAL_RESIDENT, AuditAction.VIEW_RESIDENT);
    login.as(d.helpdesk);
    assertThatThrownBy(() -> audit.latest(10)).isInstanceOf(EJBAccessException.class);
  }

  @Test
  void theAuditLogCannotBeChangedOrEmptied() {
    TestData d = TestData.create();
    login.as(d.helpdesk);
    long id =
        intake.register(
            new RegisterCase(
                null,
                new NewResident("李建华", "13811112222", null),
                d.flat,
                d.categoryWater,
                Channel.PHONE,
                "审计测试",
                false));
    reads.detail(id);
    assertThatThrownBy(
            () -> TestData.update("update audit_log set detail = 'x' where case_id = ?", id))
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> TestData.update("delete from audit_log where case_id = ?", id))
        .rootCause()
        .hasMessageContaining("append-only");
    assertThat(auditRows(id, AuditAction.VIEW_RESIDENT)).isEqualTo(1);
  }
}
