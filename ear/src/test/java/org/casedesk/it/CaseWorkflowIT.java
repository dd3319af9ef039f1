package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.List;
import org.casedesk.cases.CaseDetail;
import org.casedesk.cases.CaseReadService;
import org.casedesk.cases.CaseState;
import org.casedesk.cases.CaseSummary;
import org.casedesk.cases.FollowUpService;
import org.casedesk.cases.HandlerQueueService;
import org.casedesk.cases.HandlingService;
import org.casedesk.cases.HistoryItem;
import org.casedesk.cases.IntakeService;
import org.casedesk.cases.RegisterCase;
import org.casedesk.cases.Satisfaction;
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

/** The case slice through the real services on Payara Micro and PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class CaseWorkflowIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(CaseWorkflowIT.class);
  }

  @Inject private IntakeService intake;
  @Inject private HandlingService handling;
  @Inject private FollowUpService followUps;
  @Inject private HandlerQueueService queues;
  @Inject private CaseReadService reads;
  @Inject private Login login;

  private long register(TestData d, String description) {
    login.as(d.helpdesk);
    return intake.register(
        new RegisterCase(
            null,
            new NewResident("王秀英", "13812345678", "620102195001011235"),
            d.flat,
            d.categoryWater,
            Channel.PHONE,
            description,
            false));
  }

  @Test
  void registeredCaseIsDispatchedResolvedFollowedUpAndClosedWithHistory() {
    TestData d = TestData.create();
    long id = register(d, "四楼以上停水");

    login.as(d.handler);
    List<CaseSummary> mine = queues.myCases();
    assertThat(mine).extracting(CaseSummary::id).contains(id);
    CaseDetail dispatched = reads.detail(id);
    assertThat(dispatched.state()).isEqualTo(CaseState.DISPATCHED);
    assertThat(dispatched.dueAt()).isAfter(dispatched.acceptedAt());
    assertThat(dispatched.residentPhone()).isEqualTo("138****5678");

    handling.addNote(id, dispatched.version(), "三楼阀门老化，已更换");
    handling.resolve(id, reads.detail(id).version(), "已恢复供水");
    assertThat(queues.myCases()).extracting(CaseSummary::id).doesNotContain(id);

    login.as(d.helpdesk);
    assertThat(followUps.followUpQueue()).extracting(CaseSummary::id).contains(id);
    followUps.followUp(id, reads.detail(id).version(), Satisfaction.SATISFIED, "电话回访");

    CaseDetail closed = reads.detail(id);
    assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
    assertThat(closed.history().get(closed.history().size() - 1))
        .satisfies(h -> assertThat(h.satisfaction()).isEqualTo(Satisfaction.SATISFIED))
        .satisfies(h -> assertThat(h.note()).isEqualTo("电话回访"));
    assertThat(closed.history())
        .extracting(HistoryItem::toState)
        .containsExactly(
            CaseState.ACCEPTED,
            CaseState.DISPATCHED,
            CaseState.HANDLING,
            CaseState.RESOLVED,
            CaseState.CLOSED);
    assertThat(TestData.queryLong("select count(*) from case_history where case_id = ?", id))
        .isEqualTo(5);
  }

  @Test
  void dissatisfiedFollowUpWaitsForTheOfficialsReview() {
    TestData d = TestData.create();
    long id = register(d, "楼道堆放杂物");
    login.as(d.handler);
    handling.addNote(id, reads.detail(id).version(), "已通知物业清理");
    handling.resolve(id, reads.detail(id).version(), "已清理");
    login.as(d.helpdesk);
    followUps.followUp(id, reads.detail(id).version(), Satisfaction.DISSATISFIED, "仍有杂物");

    login.as(d.handler);
    assertThat(reads.detail(id).state()).isEqualTo(CaseState.REVIEW);
    assertThat(queues.myCases()).extracting(CaseSummary::id).doesNotContain(id);
    assertThat(TestData.queryLong("select sent_back_count from work_case where id = ?", id))
        .isZero();
  }

  @Test
  void aStaleVersionIsRefusedAndChangesNothing() {
    TestData d = TestData.create();
    long id = register(d, "路灯损坏");
    login.as(d.handler);
    long seen = reads.detail(id).version();
    handling.addNote(id, seen, "第一位办理人的记录");

    assertThatThrownBy(() -> handling.addNote(id, seen, "第二位办理人的记录"))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("case.conflict");
    assertThat(
            TestData.queryLong(
                "select count(*) from case_history where case_id = ? and note like '第二位%'", id))
        .isZero();
  }

  @Test
  void illegalTransitionIsRefused() {
    TestData d = TestData.create();
    long id = register(d, "绿化带树木遮挡采光");
    login.as(d.helpdesk);
    assertThatThrownBy(
            () -> followUps.followUp(id, reads.detail(id).version(), Satisfaction.SATISFIED, null))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("case.transition.illegal");
    assertThat(reads.detail(id).state()).isEqualTo(CaseState.DISPATCHED);
  }

  @Test
  void officialsSeeOnlyTheirCommunityAndRolesAreCheckedOnServices() {
    TestData d = TestData.create();
    long id = register(d, "邻居装修噪音扰民");

    login.as(d.communityOfficial);
    assertThat(reads.detail(id).id()).isEqualTo(id);

    login.as(d.otherOfficial);
    assertThatThrownBy(() -> reads.detail(id))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("case.notFound");
    assertThatThrownBy(() -> queues.myCases()).isInstanceOf(EJBAccessException.class);

    login.as(d.handler);
    assertThatThrownBy(
            () ->
                intake.register(
                    new RegisterCase(
                        null, null, d.flat, d.categoryWater, Channel.WINDOW, "办理人不能登记", true)))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void invalidInputIsRefusedAndNothingIsSaved() {
    TestData d = TestData.create();
    login.as(d.helpdesk);
    long before = TestData.queryLong("select count(*) from work_case where grid_id = ?", d.grid);
    assertThatThrownBy(
            () ->
                intake.register(
                    new RegisterCase(
                        null,
                        new NewResident("李四", "12345", null),
                        d.flat,
                        d.categoryWater,
                        Channel.WINDOW,
                        "手机号格式错误",
                        false)))
        .isInstanceOf(EJBException.class);
    assertThatThrownBy(
            () ->
                intake.register(
                    new RegisterCase(
                        null, null, d.flat, d.categoryWater, Channel.WINDOW, "  ", true)))
        .isInstanceOf(EJBException.class);
    assertThatThrownBy(
            () ->
                intake.register(
                    new RegisterCase(
                        null,
                        new NewResident("赵六", "13812345678", "620102195001011234"),
                        d.flat,
                        d.categoryWater,
                        Channel.WINDOW,
                        "身份证校验位错误",
                        false)))
        .isInstanceOf(EJBException.class);
    assertThatThrownBy(
            () ->
                intake.register(
                    new RegisterCase(
                        null, null, d.community, d.categoryWater, Channel.WINDOW, "网格以上", true)))
        .isInstanceOf(BusinessException.class); // a location is a node from the grid down
    assertThat(TestData.queryLong("select count(*) from work_case where grid_id = ?", d.grid))
        .isEqualTo(before);
  }

  @Test
  void flywayRanAllMigrationsIncludingTheAppendOnlyHistoryTrigger() {
    assertThat(
            TestData.queryLong(
                "select count(*) from flyway_schema_history where success and version = ?", "2"))
        .isEqualTo(1);
    TestData d = TestData.create();
    long id = register(d, "历史不可修改");
    assertThatThrownBy(
            () -> TestData.queryLong("delete from case_history where case_id = ? returning 1", id))
        .rootCause()
        .hasMessageContaining("append-only");
    assertThat(TestData.queryLong("select count(*) from case_history where case_id = ?", id))
        .isEqualTo(2);
  }
}
