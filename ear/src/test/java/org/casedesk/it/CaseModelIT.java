package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.casedesk.calendar.CalendarRepository;
import org.casedesk.cases.CaseDetail;
import org.casedesk.cases.CaseReadService;
import org.casedesk.cases.CaseReasonService;
import org.casedesk.cases.CaseReviewService;
import org.casedesk.cases.CaseState;
import org.casedesk.cases.CaseSummary;
import org.casedesk.cases.DispatchService;
import org.casedesk.cases.FollowUpService;
import org.casedesk.cases.HandlerQueueService;
import org.casedesk.cases.HandlingService;
import org.casedesk.cases.HistoryItem;
import org.casedesk.cases.IntakeService;
import org.casedesk.cases.InvalidCaseService;
import org.casedesk.cases.ReasonItem;
import org.casedesk.cases.ReasonKind;
import org.casedesk.cases.RegisterCase;
import org.casedesk.cases.Satisfaction;
import org.casedesk.categories.Channel;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.Login;
import org.casedesk.it.support.TestData;
import org.casedesk.residents.NewResident;
import org.casedesk.setup.RecomputeDueTimes;
import org.casedesk.shared.BusinessException;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The case model: invalid requests, the review of a dissatisfied follow-up with its send-back
 * limit, due times from acceptance that a re-dispatch does not move, and the migration that
 * recomputes old due times.
 */
@ExtendWith(ArquillianExtension.class)
class CaseModelIT {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(CaseModelIT.class);
  }

  @Inject private IntakeService intake;
  @Inject private HandlingService handling;
  @Inject private FollowUpService followUps;
  @Inject private DispatchService dispatchService;
  @Inject private HandlerQueueService queues;
  @Inject private CaseReadService reads;
  @Inject private CaseReviewService review;
  @Inject private InvalidCaseService invalid;
  @Inject private CaseReasonService reasons;
  @Inject private CalendarRepository calendar;
  @Inject private Login login;

  private RegisterCase entry(TestData d, String description) {
    return new RegisterCase(
        null,
        new NewResident("赵红梅", "13912345678", null),
        d.flat,
        d.categoryWater,
        Channel.PHONE,
        description,
        false);
  }

  private long register(TestData d, String description) {
    login.as(d.helpdesk);
    return intake.register(entry(d, description));
  }

  /** The version as stored, for a user who may not see the case. */
  private static long storedVersion(long id) {
    return TestData.queryLong("select version from work_case where id = ?", id);
  }

  private long version(long id) {
    return reads.detail(id).version();
  }

  private void resolveAndAnswer(TestData d, long id, Satisfaction answer) {
    login.as(d.handler);
    if (reads.detail(id).state() != CaseState.HANDLING) {
      handling.addNote(id, version(id), "已上门查看");
    }
    handling.resolve(id, version(id), "已处理");
    login.as(d.helpdesk);
    followUps.followUp(id, version(id), answer, "电话回访");
  }

  private long reason(ReasonKind kind) {
    return reasons.active(kind).get(0).id();
  }

  private static void assertRefused(Executable action, String key) {
    assertThatThrownBy(action::execute)
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo(key);
  }

  @Test
  void aDissatisfiedCaseIsReviewedSentBackUpToTheLimitThenClosedDissatisfied() {
    TestData d = TestData.create();
    long id = register(d, "楼道堆放杂物");
    resolveAndAnswer(d, id, Satisfaction.DISSATISFIED);
    assertThat(TestData.queryString("select state from work_case where id = ?", id))
        .isEqualTo("REVIEW");

    // nobody but the area's officials reviews
    login.as(d.helpdesk);
    assertThat(reads.detail(id).allowed().review()).isFalse();
    assertThatThrownBy(() -> review.sendBack(id, version(id), "再查"))
        .isInstanceOf(EJBAccessException.class);
    login.as(d.otherOfficial);
    assertRefused(() -> review.sendBack(id, storedVersion(id), "再查"), "case.notFound");
    assertThat(review.reviewPage(0).rows()).extracting(CaseSummary::id).doesNotContain(id);

    login.as(d.communityOfficial);
    assertThat(review.reviewPage(0).rows()).extracting(CaseSummary::id).contains(id);
    CaseDetail inReview = reads.detail(id);
    assertThat(inReview.allowed().review()).isTrue();
    assertThat(inReview.allowed().sendBack()).isTrue();
    assertThatThrownBy(() -> review.sendBack(id, inReview.version(), " "))
        .isInstanceOf(EJBException.class);
    review.sendBack(id, inReview.version(), "请再次核实");
    assertThat(reads.detail(id).state()).isEqualTo(CaseState.HANDLING);
    assertThat(reads.detail(id).sentBackCount()).isEqualTo(1);

    resolveAndAnswer(d, id, Satisfaction.DISSATISFIED);
    login.as(d.subdistrictOfficial);
    review.sendBack(id, version(id), "第二次发回");
    resolveAndAnswer(d, id, Satisfaction.DISSATISFIED);

    // after two send-backs (casedesk.followup.max-rework) only closing is offered
    login.as(d.communityOfficial);
    CaseDetail third = reads.detail(id);
    assertThat(third.sentBackCount()).isEqualTo(2);
    assertThat(third.allowed().sendBack()).isFalse();
    assertRefused(() -> review.sendBack(id, third.version(), "第三次"), "review.sendBack.limit");
    assertRefused(
        () -> review.closeDissatisfied(id, third.version(), reason(ReasonKind.INVALID), null),
        "reason.invalid");
    long why = reason(ReasonKind.DISSATISFIED);
    review.closeDissatisfied(id, third.version(), why, "已向居民解释");

    CaseDetail closed = reads.detail(id);
    assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
    assertThat(closed.satisfaction()).isEqualTo(Satisfaction.DISSATISFIED);
    assertThat(closed.closeReason().zh())
        .isEqualTo(reasons.active(ReasonKind.DISSATISFIED).get(0).name().zh());
    assertThat(closed.history())
        .extracting(HistoryItem::action)
        .filteredOn(a -> a != null)
        .extracting(Enum::name)
        .containsSubsequence("SENT_BACK", "SENT_BACK", "CLOSED_DISSATISFIED");
    assertThat(TestData.queryLong("select sent_back_count from work_case where id = ?", id))
        .isEqualTo(2);
  }

  @Test
  void theHelpDeskAndTheAreasOfficialsMarkARequestInvalidWithAReason() {
    TestData d = TestData.create();
    long id = register(d, "反复来电要求赔偿与本辖区无关");
    long why = reason(ReasonKind.INVALID);

    login.as(d.handler);
    assertThat(reads.detail(id).allowed().markInvalid()).isFalse();
    assertThatThrownBy(() -> invalid.markInvalid(id, version(id), why, null))
        .isInstanceOf(EJBAccessException.class);
    login.as(d.otherOfficial);
    assertRefused(() -> invalid.markInvalid(id, storedVersion(id), why, null), "case.notFound");

    login.as(d.helpdesk);
    CaseDetail open = reads.detail(id);
    assertThat(open.allowed().markInvalid()).isTrue();
    assertThatThrownBy(() -> invalid.markInvalid(id, open.version(), null, "无理由"))
        .isInstanceOf(EJBException.class);
    assertRefused(
        () -> invalid.markInvalid(id, open.version(), reason(ReasonKind.DISSATISFIED), null),
        "reason.invalid");
    assertThat(reads.detail(id).state()).isEqualTo(CaseState.DISPATCHED);

    login.as(d.communityOfficial);
    invalid.markInvalid(id, version(id), why, "经核实不属于受理范围");
    CaseDetail marked = reads.detail(id);
    assertThat(marked.state()).isEqualTo(CaseState.INVALID);
    assertThat(marked.invalidReason()).isNotNull();
    assertThat(marked.invalidNote()).isEqualTo("经核实不属于受理范围");
    assertThat(marked.allowed().markInvalid()).isFalse();
    assertThat(marked.history().get(marked.history().size() - 1).note()).endsWith("经核实不属于受理范围");
    // no longer in the handler's queue
    login.as(d.handler);
    assertThat(queues.myCases()).extracting(CaseSummary::id).doesNotContain(id);
  }

  @Test
  void aRequestMarkedInvalidAtIntakeIsNeverDispatched() {
    TestData d = TestData.create();
    login.as(d.helpdesk);
    long why = reason(ReasonKind.INVALID);
    assertRefused(
        () -> invalid.registerInvalid(entry(d, "恶意来电"), 999_999L, null), "reason.invalid");
    long id = invalid.registerInvalid(entry(d, "恶意来电"), why, "多次恶意来电");
    assertThat(TestData.queryString("select state from work_case where id = ?", id))
        .isEqualTo("INVALID");
    assertThat(
            TestData.queryLong(
                "select count(*) from work_case where id = ? and dispatched_at is null and due_at is null",
                id))
        .isEqualTo(1);
    assertThat(
            TestData.queryLong(
                "select count(*) from case_history where case_id = ? and to_state = 'DISPATCHED'",
                id))
        .isZero();
  }

  @Test
  void theDueTimeRunsFromAcceptanceAndAReturnAndRedispatchDoesNotMoveIt() {
    TestData d = TestData.create();
    long id = register(d, "水表井盖缺失");
    login.as(d.handler);
    CaseDetail c = reads.detail(id);
    int limit =
        (int) TestData.queryLong("select limit_days from category where id = ?", d.categoryWater);
    assertThat(c.dueAt()).isEqualTo(calendar.load().dueAfterWorkingDays(c.acceptedAt(), limit));
    // pretend it was accepted yesterday: the due time is fixed then, the redispatch keeps it
    LocalDateTime due = c.dueAt();
    handling.returnCase(id, c.version(), "不属于本网格");
    login.as(d.helpdesk);
    dispatchService.redispatch(id, version(id), TestData.userId(d.otherHandler));
    assertThat(
            TestData.queryString(
                "select to_char(due_at, 'YYYY-MM-DD HH24:MI') from work_case where id = ?", id))
        .isEqualTo(due.format(MINUTES));
    assertThat(
            TestData.queryLong(
                "select count(*) from work_case where id = ? and sign_due_at > dispatched_at", id))
        .isEqualTo(1);
  }

  @Test
  void theMigrationRecomputesDueTimesFromAcceptanceAndKeepsApprovedExtensions() throws Exception {
    TestData d = TestData.create();
    long plain = register(d, "路灯不亮");
    long extended = register(d, "下水道反味");
    // as the old code stored them: from a dispatch two days after acceptance, extension of 3 days
    TestData.update(
        "update work_case set due_at = due_at + interval '2' day, warn_at = null where id in (?, ?)",
        plain,
        extended);
    TestData.update("update work_case set extended_days = 3 where id = ?", extended);
    try (Connection db = TestData.connect()) {
      db.setAutoCommit(false);
      new RecomputeDueTimes()
          .migrate(
              new Context() {
                @Override
                public Configuration getConfiguration() {
                  return null;
                }

                @Override
                public Connection getConnection() {
                  return db;
                }
              });
      db.commit();
    }
    login.as(d.helpdesk);
    LocalDateTime accepted = reads.detail(plain).acceptedAt();
    int limit =
        (int) TestData.queryLong("select limit_days from category where id = ?", d.categoryWater);
    LocalDateTime due = calendar.load().dueAfterWorkingDays(accepted, limit);
    assertThat(reads.detail(plain).dueAt()).isEqualTo(due);
    LocalDateTime dueExtended =
        calendar
            .load()
            .dueAfterWorkingDays(
                calendar
                    .load()
                    .dueAfterWorkingDays(reads.detail(extended).acceptedAt(), limit)
                    .minusDays(1),
                3);
    assertThat(reads.detail(extended).dueAt()).isEqualTo(dueExtended);
    assertThat(
            TestData.queryLong(
                "select count(*) from work_case where id in (?, ?) and warn_at is not null",
                plain,
                extended))
        .isEqualTo(2);
  }

  @Test
  void adminMaintainsTheReasonLists() {
    TestData d = TestData.create();
    login.as(d.helpdesk);
    assertThatThrownBy(() -> reasons.add(ReasonKind.INVALID, "测试", "Test"))
        .isInstanceOf(EJBAccessException.class);
    login.as(d.admin);
    assertThatThrownBy(() -> reasons.add(ReasonKind.INVALID, " ", "x"))
        .isInstanceOf(EJBException.class);
    long id = reasons.add(ReasonKind.INVALID, "测试原因" + d.suffix, "Test reason " + d.suffix);
    ReasonItem added =
        reasons.all(ReasonKind.INVALID).stream()
            .filter(r -> r.id() == id)
            .findFirst()
            .orElseThrow();
    reasons.change(id, added.version(), added.nameZh(), added.nameEn(), false);
    assertRefused(() -> reasons.change(id, added.version(), "旧版本", "old", true), "case.conflict");
    login.as(d.helpdesk);
    assertThat(reasons.active(ReasonKind.INVALID)).extracting(ReasonItem::id).doesNotContain(id);
  }
}
