package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.casedesk.calendar.CalendarRepository;
import org.casedesk.cases.CaseAction;
import org.casedesk.cases.CaseDetail;
import org.casedesk.cases.CaseReadService;
import org.casedesk.cases.CaseState;
import org.casedesk.cases.CaseSummary;
import org.casedesk.cases.DispatchService;
import org.casedesk.cases.HandlerQueue;
import org.casedesk.cases.HandlerQueueService;
import org.casedesk.cases.HandlingService;
import org.casedesk.cases.HistoryItem;
import org.casedesk.cases.IntakeService;
import org.casedesk.cases.RegisterCase;
import org.casedesk.cases.SupervisionService;
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
 * The handler's and the officials' actions on PostgreSQL: sign, return within the window and
 * dispatch again, extension requested and decided, escalation, urging, the watch list, and who may
 * do each.
 */
@ExtendWith(ArquillianExtension.class)
class CaseLifecycleIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(CaseLifecycleIT.class);
  }

  @Inject private IntakeService intake;
  @Inject private HandlingService handling;
  @Inject private DispatchService dispatchService;
  @Inject private HandlerQueueService queues;
  @Inject private CaseReadService reads;
  @Inject private SupervisionService supervision;
  @Inject private CalendarRepository calendar;
  @Inject private Login login;

  private long register(TestData d, String description) {
    login.as(d.helpdesk);
    return intake.register(
        new RegisterCase(
            null, null, d.flat, d.categoryWater, Channel.HOTLINE_12345, description, true));
  }

  private long version(long id) {
    return reads.detail(id).version();
  }

  private static void assertRefused(ThrowingCallable call, String key) {
    assertThatThrownBy(call)
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo(key);
  }

  private static long userId(String username) {
    return TestData.queryLong("select id from app_user where username = ?", username);
  }

  @Test
  void handlerSignsReturnsWithReasonAndTheHelpDeskDispatchesAgain() {
    TestData d = TestData.create();
    long id = register(d, "小区东门积水");

    login.as(d.handler);
    handling.sign(id, version(id));
    assertThat(reads.detail(id).state()).isEqualTo(CaseState.SIGNED);
    assertRefused(() -> handling.sign(id, version(id)), "case.transition.illegal");
    assertThatThrownBy(() -> handling.returnCase(id, version(id), " "))
        .isInstanceOf(EJBException.class);
    handling.returnCase(id, version(id), "属于市政排水，不属于本网格");
    assertThat(queues.myCases()).extracting(CaseSummary::id).doesNotContain(id);

    login.as(d.helpdesk);
    CaseDetail returned = reads.detail(id);
    assertThat(returned.state()).isEqualTo(CaseState.RETURNED);
    assertThat(returned.handlerName()).isNull();
    assertThat(dispatchService.returnedQueue()).extracting(CaseSummary::id).contains(id);
    assertThat(dispatchService.handlers()).extracting(h -> h.id()).contains(userId(d.otherHandler));
    assertRefused(
        () -> dispatchService.redispatch(id, version(id), userId(d.helpdesk)),
        "case.handler.invalid");
    dispatchService.redispatch(id, version(id), userId(d.otherHandler));

    login.as(d.otherHandler);
    assertThat(queues.myCases()).extracting(CaseSummary::id).contains(id);
    CaseDetail again = reads.detail(id);
    assertThat(again.state()).isEqualTo(CaseState.DISPATCHED);
    assertThat(again.history())
        .extracting(HistoryItem::toState)
        .containsExactly(
            CaseState.ACCEPTED,
            CaseState.DISPATCHED,
            CaseState.SIGNED,
            CaseState.RETURNED,
            CaseState.DISPATCHED);
    assertThat(again.history().get(3).note()).isEqualTo("属于市政排水，不属于本网格");
  }

  @Test
  void aCaseCanNoLongerBeReturnedTwoWorkingDaysAfterDispatch() {
    TestData d = TestData.create();
    long id = register(d, "单元门禁损坏");
    TestData.update(
        "update work_case set dispatched_at = ? where id = ?",
        LocalDateTime.now().minusDays(10),
        id);

    login.as(d.handler);
    assertRefused(() -> handling.returnCase(id, version(id), "不属于本网格"), "case.return.tooLate");
    assertThat(reads.detail(id).state()).isEqualTo(CaseState.DISPATCHED);
    assertThat(TestData.queryLong("select count(*) from case_history where case_id = ?", id))
        .isEqualTo(2);
  }

  @Test
  void anApprovedExtensionMovesTheDueDateByWorkingDaysAndARefusedOneDoesNot() {
    TestData d = TestData.create();
    long id = register(d, "屋顶漏水需协调维修基金");
    login.as(d.handler);
    handling.addNote(id, version(id), "已联系物业，需维修基金");
    LocalDateTime due = reads.detail(id).dueAt();
    handling.requestExtension(id, version(id), 3, "维修基金申请需业主表决");
    assertThat(reads.detail(id).extensionDays()).isEqualTo(3);
    assertRefused(
        () -> handling.requestExtension(id, version(id), 2, "再次申请"), "case.extension.pending");
    assertThatThrownBy(() -> handling.requestExtension(id, version(id), 11, "太长"))
        .isInstanceOf(EJBException.class);

    login.as(d.otherOfficial);
    assertRefused(
        () -> supervision.decideExtension(id, version(id), true, "别的社区"), "case.notFound");

    login.as(d.communityOfficial);
    assertThat(supervision.watchList()).extracting(CaseSummary::id).contains(id);
    supervision.decideExtension(id, version(id), true, "同意");
    CaseDetail extended = reads.detail(id);
    assertThat(extended.extensionDays()).isNull();
    assertThat(extended.dueAt())
        .isEqualTo(calendar.load().dueAfterWorkingDays(due.minusDays(1), 3));
    assertRefused(
        () -> supervision.decideExtension(id, version(id), true, null), "case.extension.none");

    login.as(d.handler);
    handling.requestExtension(id, version(id), 5, "仍需等待");
    login.as(d.subdistrictOfficial);
    supervision.decideExtension(id, version(id), false, "请加快办理");
    CaseDetail refused = reads.detail(id);
    assertThat(refused.dueAt()).isEqualTo(extended.dueAt());
    assertThat(refused.state()).isEqualTo(CaseState.HANDLING);
    assertThat(refused.history())
        .extracting(HistoryItem::action)
        .containsSubsequence(
            CaseAction.EXTENSION_REQUESTED,
            CaseAction.EXTENSION_APPROVED,
            CaseAction.EXTENSION_REQUESTED,
            CaseAction.EXTENSION_REFUSED);
  }

  @Test
  void officialsUrgeOverdueCasesInTheirAreaAndEscalatedCasesWaitForTheCommittee() {
    TestData d = TestData.create();
    long id = register(d, "违章搭建影响通行");
    TestData.update(
        "update work_case set due_at = ? where id = ?", LocalDateTime.now().minusDays(1), id);

    login.as(d.handler);
    handling.addNote(id, version(id), "已上门劝说，当事人拒不拆除");
    handling.escalate(id, version(id), "需社工委会议协调城管");
    assertThat(reads.detail(id).state()).isEqualTo(CaseState.ESCALATED);
    assertThatThrownBy(() -> supervision.urge(id, version(id), "办理人不能催办"))
        .isInstanceOf(EJBAccessException.class);

    login.as(d.otherOfficial);
    assertThat(supervision.watchList()).extracting(CaseSummary::id).doesNotContain(id);

    login.as(d.communityOfficial);
    assertThat(supervision.watchList())
        .filteredOn(c -> c.id() == id)
        .singleElement()
        .satisfies(c -> assertThat(c.overdue()).isTrue());
    supervision.urge(id, version(id), "请本周内拿出方案");
    supervision.supervise(id, version(id), "街道城管科配合");
    assertThat(reads.detail(id).history())
        .filteredOn(h -> h.action() != null)
        .extracting(HistoryItem::action, HistoryItem::toState, HistoryItem::note)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CaseAction.URGED, CaseState.ESCALATED, "请本周内拿出方案"),
            org.assertj.core.groups.Tuple.tuple(
                CaseAction.SUPERVISED, CaseState.ESCALATED, "街道城管科配合"));

    // The case waits for the committee's decision tasks (CommitteeIT, MeetingBrowserIT)
    login.as(d.handler);
    assertRefused(() -> handling.resolve(id, version(id), "未经会议"), "case.awaitingCommittee");
    assertRefused(() -> handling.addNote(id, version(id), "未经会议"), "case.awaitingCommittee");

    login.as(d.helpdesk);
    assertThatThrownBy(() -> handling.sign(id, version(id))).isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> supervision.watchList()).isInstanceOf(EJBAccessException.class);
  }

  @Test
  void likelyDuplicatesAreOfferedAndARepeatIsLinkedOrAnsweredOnTheSpot() {
    TestData d = TestData.create();
    long first = register(d, "楼道灯不亮");
    login.as(d.helpdesk);
    assertThat(intake.likelyDuplicates(d.flat, d.categoryWater))
        .extracting(CaseSummary::id)
        .containsExactly(first);
    assertThat(intake.likelyDuplicates(d.otherFlat, d.categoryWater)).isEmpty();
    assertThat(intake.likelyDuplicates(d.flat, d.categoryWater + 1)).isEmpty();

    long repeat =
        intake.register(
            new RegisterCase(
                null, null, d.flat, d.categoryWater, Channel.PHONE, "楼道灯还是不亮", true, first, null));
    assertThat(TestData.queryLong("select repeat_of_id from work_case where id = ?", repeat))
        .isEqualTo(first);
    assertThat(reads.detail(repeat).history())
        .filteredOn(h -> h.action() == CaseAction.REPEAT_LINKED)
        .singleElement()
        .satisfies(h -> assertThat(h.note()).isEqualTo(reads.detail(first).caseNo()));
    assertThat(reads.detail(repeat).state()).isEqualTo(CaseState.DISPATCHED);

    long answered =
        intake.register(
            new RegisterCase(
                null,
                null,
                d.flat,
                d.categoryWater + 1,
                Channel.WINDOW,
                "咨询停车办理流程",
                true,
                null,
                "已当场告知办理流程"));
    CaseDetail detail = reads.detail(answered);
    assertThat(detail.state()).isEqualTo(CaseState.ANSWERED);
    assertThat(detail.handlerName()).isNull();
    assertThat(detail.reply()).isEqualTo("已当场告知办理流程");
    assertThat(detail.history())
        .extracting(HistoryItem::toState)
        .containsExactly(CaseState.ACCEPTED, CaseState.ANSWERED);

    // a case from 40 days ago is no longer a likely duplicate
    TestData.update(
        "update work_case set accepted_at = accepted_at - interval '40 days' where id in (?, ?)",
        first,
        repeat);
    assertThat(intake.likelyDuplicates(d.flat, d.categoryWater)).isEmpty();
  }

  @Test
  void handlersSeeTheirOwnTheirGridsTheirUnitsAndTheirOverdueQueues() {
    TestData d = TestData.create();
    long late = register(d, "排水沟堵塞");
    long fresh = register(d, "路灯闪烁");
    TestData.update(
        "update work_case set due_at = ? where id = ?", LocalDateTime.now().minusDays(2), late);

    login.as(d.handler);
    assertThat(queues.queue(HandlerQueue.MINE)).extracting(CaseSummary::id).contains(late, fresh);
    assertThat(queues.queue(HandlerQueue.OVERDUE))
        .extracting(CaseSummary::id)
        .contains(late)
        .doesNotContain(fresh);

    login.as(d.gridColleague);
    assertThat(queues.queue(HandlerQueue.MINE)).extracting(CaseSummary::id).doesNotContain(late);
    assertThat(queues.queue(HandlerQueue.GRID)).extracting(CaseSummary::id).contains(late, fresh);
    assertThat(queues.queue(HandlerQueue.UNIT)).isEmpty();

    login.as(d.otherHandler);
    assertThat(queues.queue(HandlerQueue.GRID)).extracting(CaseSummary::id).doesNotContain(late);
    assertThat(queues.queue(HandlerQueue.UNIT)).extracting(CaseSummary::id).contains(late, fresh);

    login.as(d.helpdesk);
    assertThatThrownBy(() -> queues.queue(HandlerQueue.MINE))
        .isInstanceOf(EJBAccessException.class);
  }
}
