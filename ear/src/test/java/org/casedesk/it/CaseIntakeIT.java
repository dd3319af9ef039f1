package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.casedesk.cases.BatchRejectedException;
import org.casedesk.cases.CallerItem;
import org.casedesk.cases.CaseAction;
import org.casedesk.cases.CaseDetail;
import org.casedesk.cases.CasePage;
import org.casedesk.cases.CaseReadService;
import org.casedesk.cases.CaseState;
import org.casedesk.cases.CaseSummary;
import org.casedesk.cases.FollowUpService;
import org.casedesk.cases.HandlerQueue;
import org.casedesk.cases.HandlerQueueService;
import org.casedesk.cases.HandlingService;
import org.casedesk.cases.IntakeService;
import org.casedesk.cases.RegisterCase;
import org.casedesk.cases.Satisfaction;
import org.casedesk.cases.SupervisionService;
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
 * Intake beyond the single entry: merging a duplicate caller into the open case (each caller gets a
 * follow-up), batch entry of suggestion-box slips (all or nothing), and the entry checks — control
 * characters, phone formats, a flat outside the chosen grid, double submit.
 */
@ExtendWith(ArquillianExtension.class)
class CaseIntakeIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(CaseIntakeIT.class);
  }

  @Inject private IntakeService intake;
  @Inject private HandlingService handling;
  @Inject private FollowUpService followUps;
  @Inject private HandlerQueueService queues;
  @Inject private CaseReadService reads;
  @Inject private SupervisionService supervision;
  @Inject private Login login;

  private static String key(Throwable e) {
    return ((BusinessException) e).getMessageKey();
  }

  private static RegisterCase entry(long flat, String name, String phone, String text) {
    return new RegisterCase(
        null,
        name == null ? null : new NewResident(name, phone, null),
        flat,
        2L,
        Channel.PHONE,
        text,
        name == null);
  }

  private static long casesOfGrid(TestData d) {
    return TestData.queryLong("select count(*) from work_case where grid_id = ?", d.grid);
  }

  @Test
  void aDuplicateCallerIsMergedIntoTheOpenCaseAndFollowedUpToo() {
    TestData d = TestData.create();
    login.as(d.helpdesk);
    long open = intake.register(entry(d.flat, "王秀英", "13812345678", "四楼以上停水"));
    RegisterCase neighbour = entry(d.neighbourFlat, "李建国", "13987654321", "我家也停水了");
    assertThat(intake.likelyDuplicates(d.neighbourFlat, 2L))
        .extracting(CaseSummary::id)
        .contains(open);
    long before = casesOfGrid(d);
    long seen = reads.detail(open).version();
    intake.mergeInto(open, neighbour);
    assertThat(casesOfGrid(d)).as("no new case").isEqualTo(before);
    CaseDetail merged = reads.detail(open);
    assertThat(merged.callers())
        .singleElement()
        .satisfies(k -> assertThat(k.name()).isEqualTo("李建国"))
        .satisfies(k -> assertThat(k.phone()).isEqualTo("139****4321"))
        .satisfies(k -> assertThat(k.waitsForFollowUp()).isTrue());
    assertThat(merged.history())
        .filteredOn(h -> h.action() == CaseAction.CALLER_MERGED)
        .singleElement()
        .satisfies(h -> assertThat(h.note()).isEqualTo("我家也停水了"));

    // the same caller again, another courtyard: refused; the case's version moved
    assertThat(merged.version()).isGreaterThan(seen);
    assertThatThrownBy(() -> intake.mergeInto(open, neighbour))
        .isInstanceOf(BusinessException.class)
        .extracting(CaseIntakeIT::key)
        .isEqualTo("case.merge.alreadyCaller");
    assertThatThrownBy(() -> intake.mergeInto(open, entry(d.oldFlat, null, null, "别的楼院也停水")))
        .isInstanceOf(BusinessException.class)
        .extracting(CaseIntakeIT::key)
        .isEqualTo("case.merge.notDuplicate");
    assertThat(reads.detail(open).callers()).hasSize(1);

    // officials of other areas cannot even see it; handlers cannot merge
    login.as(d.otherOfficial);
    assertThatThrownBy(() -> reads.detail(open)).isInstanceOf(BusinessException.class);
    login.as(d.handler);
    assertThatThrownBy(() -> intake.mergeInto(open, neighbour))
        .isInstanceOf(EJBAccessException.class);

    // resolved: the case and its further caller both wait for a follow-up
    handling.addNote(open, reads.detail(open).version(), "三楼阀门老化");
    handling.resolve(open, reads.detail(open).version(), "已更换三楼阀门，恢复供水");
    login.as(d.helpdesk);
    long callerId = reads.detail(open).callers().get(0).id();
    assertThat(followUps.followUpQueue())
        .as("resolved with a caller waiting: listed once")
        .extracting(CaseSummary::id)
        .containsOnlyOnce(open);
    long waiting = followUps.followUpPage(0).total();
    followUps.followUp(open, reads.detail(open).version(), Satisfaction.SATISFIED, "王女士满意");
    assertThat(reads.detail(open).state()).isEqualTo(CaseState.CLOSED);
    assertThat(followUps.followUpQueue())
        .as("closed, but a caller still waits")
        .extracting(CaseSummary::id)
        .containsOnlyOnce(open);
    assertThat(followUps.followUpPage(0).total()).isEqualTo(waiting);
    followUps.followUpCaller(callerId, Satisfaction.BASICALLY_SATISFIED, "李先生基本满意");
    assertThat(followUps.followUpQueue()).extracting(CaseSummary::id).doesNotContain(open);
    assertThat(followUps.followUpPage(0).total()).isEqualTo(waiting - 1);
    assertThat(reads.detail(open).callers())
        .extracting(CallerItem::satisfaction)
        .containsExactly(Satisfaction.BASICALLY_SATISFIED);
    assertThatThrownBy(() -> followUps.followUpCaller(callerId, Satisfaction.SATISFIED, null))
        .isInstanceOf(BusinessException.class)
        .extracting(CaseIntakeIT::key)
        .isEqualTo("caller.followedUp.already");
    assertThatThrownBy(() -> intake.mergeInto(open, neighbour))
        .as("closed cases take no more callers")
        .isInstanceOf(BusinessException.class)
        .extracting(CaseIntakeIT::key)
        .isEqualTo("case.merge.notOpen");
  }

  @Test
  void aCallerCannotBeFollowedUpBeforeTheCaseIsResolved() {
    TestData d = TestData.create();
    login.as(d.helpdesk);
    long open = intake.register(entry(d.flat, "王秀英", "13812345678", "水压不足"));
    intake.mergeInto(open, entry(d.flat, null, null, "匿名来电：水压不足"));
    CallerItem anonymous = reads.detail(open).callers().get(0);
    assertThat(anonymous.name()).isNull();
    assertThatThrownBy(() -> followUps.followUpCaller(anonymous.id(), Satisfaction.SATISFIED, null))
        .isInstanceOf(BusinessException.class)
        .extracting(CaseIntakeIT::key)
        .isEqualTo("caller.followUp.notResolved");
  }

  @Test
  void suggestionBoxSlipsAreSavedTogetherOrNotAtAll() {
    TestData d = TestData.create();
    login.as(d.helpdesk);
    long before = casesOfGrid(d);
    long residentsBefore =
        TestData.queryLong("select count(*) from resident where flat_id = ?", d.flat);
    List<RegisterCase> slips =
        List.of(
            entry(d.flat, "张桂兰", "13900001111", "希望院里增加晾衣架"),
            entry(d.neighbourFlat, null, null, "楼道灯不亮"),
            entry(d.flat, "赵六", "12345", "手机号错了"),
            entry(d.flat, null, null, "控制\u0007字符"),
            entry(d.otherFlat, null, null, "   "));
    assertThatThrownBy(() -> intake.registerBatch(slips))
        .isInstanceOfSatisfying(
            BatchRejectedException.class,
            e ->
                assertThat(e.getRowErrors())
                    .containsOnlyKeys(2, 3, 4)
                    .containsEntry(2, List.of("{resident.phone.format}"))
                    .containsEntry(3, List.of("{text.control}"))
                    .containsEntry(4, List.of("{case.description.required}")));
    assertThat(casesOfGrid(d)).as("nothing half-saved").isEqualTo(before);
    assertThat(TestData.queryLong("select count(*) from resident where flat_id = ?", d.flat))
        .isEqualTo(residentsBefore);

    List<Long> ids = intake.registerBatch(slips.subList(0, 2));
    assertThat(ids).hasSize(2);
    assertThat(casesOfGrid(d)).isEqualTo(before + 2);
    for (long id : ids) {
      assertThat(reads.detail(id).channel()).isEqualTo(Channel.SUGGESTION_BOX);
      assertThat(reads.detail(id).state()).isEqualTo(CaseState.DISPATCHED);
    }
    login.as(d.handler);
    assertThatThrownBy(() -> intake.registerBatch(slips.subList(0, 1)))
        .isInstanceOf(EJBAccessException.class);
    login.as(d.helpdesk);
    assertThatThrownBy(() -> intake.registerBatch(List.of())).isInstanceOf(EJBException.class);
  }

  @Test
  void badEntriesAreRefusedAndNothingIsSaved() {
    TestData d = TestData.create();
    login.as(d.helpdesk);
    long before = casesOfGrid(d);
    for (String phone : List.of("1381234567", "23812345678", "12812345678", "0931-12345", "abc")) {
      assertThatThrownBy(() -> intake.register(entry(d.flat, "钱七", phone, "电话格式")))
          .as(phone)
          .isInstanceOf(EJBException.class);
    }
    for (String name : List.of("钱\u0000七", "钱\u001b七")) {
      assertThatThrownBy(() -> intake.register(entry(d.flat, name, "13812345678", "姓名控制字符")))
          .isInstanceOf(EJBException.class);
    }
    assertThatThrownBy(() -> intake.register(entry(d.flat, null, null, "描述\u0000控制字符")))
        .isInstanceOf(EJBException.class);
    assertThatThrownBy(() -> intake.register(entry(d.flat, null, null, "长".repeat(2001))))
        .isInstanceOf(EJBException.class);
    RegisterCase outside =
        new RegisterCase(
            null,
            null,
            d.otherFlat,
            2L,
            Channel.WINDOW,
            "所选网格之外的住户",
            true,
            null,
            null,
            d.grid,
            null);
    assertThatThrownBy(() -> intake.register(outside))
        .isInstanceOf(BusinessException.class)
        .extracting(CaseIntakeIT::key)
        .isEqualTo("case.flat.outsideGrid");
    assertThat(casesOfGrid(d)).isEqualTo(before);
    assertThat(
            TestData.queryLong(
                "select count(*) from resident where name like ? and flat_id = ?", "钱%", d.flat))
        .isZero();

    // valid landline and mobile formats pass
    assertThat(intake.register(entry(d.flat, "孙八", "0931-8123456", "座机"))).isPositive();
    assertThat(intake.register(entry(d.flat, "孙九", "09318123456", "座机无横线"))).isPositive();
  }

  @Test
  void aSecondSubmitOfTheSameFormSavesNothingNew() {
    TestData d = TestData.create();
    login.as(d.helpdesk);
    String token = UUID.randomUUID().toString();
    RegisterCase form =
        new RegisterCase(
            null, null, d.flat, 2L, Channel.WINDOW, "重复提交测试", true, null, null, d.grid, token);
    long first = intake.register(form);
    long before = casesOfGrid(d);
    assertThat(intake.register(form)).isEqualTo(first);
    assertThat(casesOfGrid(d)).isEqualTo(before);

    // someone else's token is not theirs to reuse
    TestData other = TestData.create();
    login.as(other.helpdesk);
    assertThatThrownBy(() -> intake.register(form))
        .isInstanceOf(BusinessException.class)
        .extracting(CaseIntakeIT::key)
        .isEqualTo("form.token.invalid");
    assertThatThrownBy(
            () ->
                intake.register(
                    new RegisterCase(
                        null,
                        null,
                        d.flat,
                        2L,
                        Channel.WINDOW,
                        "坏令牌",
                        true,
                        null,
                        null,
                        null,
                        "<script>")))
        .isInstanceOf(EJBException.class);
  }

  @Test
  void queuesArePagedOnTheDatabase() {
    TestData d = TestData.create();
    login.as(d.helpdesk);
    List<RegisterCase> slips =
        java.util.stream.IntStream.range(0, IntakeService.MAX_BATCH)
            .mapToObj(i -> entry(i % 2 == 0 ? d.flat : d.neighbourFlat, null, null, "意见单" + i))
            .toList();
    intake.registerBatch(slips);
    intake.register(entry(d.flat, null, null, "第五十一件"));

    login.as(d.handler);
    CasePage first = queues.queuePage(HandlerQueue.MINE, 0);
    assertThat(first.total()).isEqualTo(51);
    assertThat(first.rows()).hasSize(CasePage.SIZE);
    assertThat(first.hasNext()).isTrue();
    CasePage second = queues.queuePage(HandlerQueue.MINE, first.nextFirst());
    assertThat(second.rows()).hasSize(1);
    assertThat(second.hasNext()).isFalse();
    assertThat(second.rows().get(0).id())
        .isNotIn(first.rows().stream().map(CaseSummary::id).toList());
    assertThat(queues.queuePage(HandlerQueue.GRID, 0).total()).isEqualTo(51);

    login.as(d.communityOfficial);
    assertThat(supervision.watchPage(0).total()).isZero(); // none near its deadline yet
    TestData.update("update work_case set warn_at = accepted_at where grid_id = ?", d.grid);
    assertThat(supervision.watchPage(0).total()).isEqualTo(51);
    assertThat(supervision.watchPage(50).rows()).hasSize(1);
    login.as(d.otherOfficial);
    assertThat(supervision.watchPage(0).rows())
        .extracting(CaseSummary::id)
        .doesNotContainAnyElementsOf(first.rows().stream().map(CaseSummary::id).toList());
    login.as(d.handler);
    assertThatThrownBy(() -> followUps.followUpPage(0)).isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> queues.queuePage(HandlerQueue.MINE, -1))
        .isInstanceOf(EJBException.class);
  }
}
