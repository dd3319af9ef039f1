package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.cases.AreaOverdue;
import org.casedesk.cases.CaseReadService;
import org.casedesk.cases.CaseRef;
import org.casedesk.cases.CaseReviewService;
import org.casedesk.cases.CaseSummary;
import org.casedesk.cases.DispatchService;
import org.casedesk.cases.FollowUpService;
import org.casedesk.cases.HandlerQueue;
import org.casedesk.cases.HandlerQueueService;
import org.casedesk.cases.HandlingService;
import org.casedesk.cases.HomeItem;
import org.casedesk.cases.HomeView;
import org.casedesk.cases.IntakeService;
import org.casedesk.cases.RegisterCase;
import org.casedesk.cases.Satisfaction;
import org.casedesk.cases.SupervisionService;
import org.casedesk.cases.UrgentCase;
import org.casedesk.categories.Channel;
import org.casedesk.home.HomeService;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.Login;
import org.casedesk.it.support.TestData;
import org.casedesk.meetings.MeetingService;
import org.casedesk.meetings.NewDecision;
import org.casedesk.notifications.NotificationItem;
import org.casedesk.notifications.NotificationKind;
import org.casedesk.notifications.NotificationPage;
import org.casedesk.notifications.NotificationService;
import org.casedesk.residents.NewResident;
import org.casedesk.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The home page's figures per role and the notifications, through the real services on Payara Micro
 * and PostgreSQL, against cases the test creates in a community of its own.
 */
@ExtendWith(ArquillianExtension.class)
class WhatNeedsMeNowIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(WhatNeedsMeNowIT.class);
  }

  @Inject private IntakeService intake;
  @Inject private HandlingService handling;
  @Inject private FollowUpService followUps;
  @Inject private CaseReviewService review;
  @Inject private SupervisionService supervision;
  @Inject private DispatchService dispatch;
  @Inject private HandlerQueueService queues;
  @Inject private CaseReadService reads;
  @Inject private HomeService homes;
  @Inject private NotificationService notifications;
  @Inject private MeetingService meetings;
  @Inject private Login login;

  private long register(TestData d, String description) {
    login.as(d.helpdesk);
    return intake.register(
        new RegisterCase(
            null,
            new NewResident("周桂兰", "13912345678", null),
            d.flat,
            d.categoryWater,
            Channel.PHONE,
            description,
            false));
  }

  private long version(long caseId) {
    return reads.detail(caseId).version();
  }

  private static Map<HomeItem.Kind, Long> figures(HomeView home) {
    return home.items().stream().collect(Collectors.toMap(HomeItem::kind, HomeItem::count));
  }

  private static Map<String, Long> rows(java.util.List<AreaOverdue> rows) {
    return rows.stream().collect(Collectors.toMap(AreaOverdue::name, AreaOverdue::overdue));
  }

  private void resolveDissatisfied(TestData d, long id) {
    login.as(d.handler);
    handling.addNote(id, version(id), "已上门");
    handling.resolve(id, version(id), "已修复");
    login.as(d.helpdesk);
    followUps.followUp(id, version(id), Satisfaction.DISSATISFIED, "仍漏水");
  }

  @Test
  void eachRoleSeesWhatNeedsThemNowAndTheHandlerIsNotified() {
    TestData d = TestData.create();
    long dueToday = register(d, "水表井盖缺失");
    long overdue = register(d, "楼顶水箱溢水");
    long urged = register(d, "地下室积水");
    long reworked = register(d, "厨房水管渗漏");
    long extension = register(d, "管网改造");
    long returned = register(d, "不属于本网格");
    TestData.update(
        "update work_case set due_at = ? where id = ?",
        LocalDate.now(WorkCalendar.ZONE).plusDays(1).atStartOfDay(),
        dueToday);
    TestData.update(
        "update work_case set due_at = ? where id = ?",
        java.time.LocalDateTime.now(WorkCalendar.ZONE).minusHours(3),
        overdue);

    login.as(d.helpdesk);
    Map<HomeItem.Kind, Long> deskBefore = figures(homes.home());
    resolveDissatisfied(d, reworked);
    login.as(d.handler);
    handling.requestExtension(extension, version(extension), 3, "需停水施工");
    handling.returnCase(returned, version(returned), "属于热力公司");
    login.as(d.helpdesk);
    Map<HomeItem.Kind, Long> desk = figures(homes.home());
    assertThat(desk.keySet())
        .containsExactlyInAnyOrder(HomeItem.Kind.FOLLOW_UPS, HomeItem.Kind.RETURNED);
    assertThat(desk.get(HomeItem.Kind.RETURNED))
        .isEqualTo(deskBefore.get(HomeItem.Kind.RETURNED) + 1);

    // officials of the community: overdue by grid and unit, extension, review
    login.as(d.communityOfficial);
    supervision.urge(urged, version(urged), "请尽快处理");
    HomeView official = homes.home();
    assertThat(figures(official))
        .containsEntry(HomeItem.Kind.OVERDUE, 1L)
        .containsEntry(HomeItem.Kind.EXTENSIONS, 1L)
        .containsEntry(HomeItem.Kind.REVIEW, 1L);
    assertThat(rows(official.overdueByGrid())).containsExactly(Map.entry("测试网格" + d.suffix, 1L));
    assertThat(rows(official.overdueByUnit())).containsExactly(Map.entry("测试物业" + d.suffix, 1L));
    assertThat(official.overdueByGrid().get(0).id()).isEqualTo(d.grid);
    // another community's official sees none of it
    login.as(d.otherOfficial);
    assertThat(rows(homes.home().overdueByGrid())).doesNotContainKey("测试网格" + d.suffix);
    // the sub-district sees the grid too
    login.as(d.subdistrictOfficial);
    assertThat(rows(homes.home().overdueByGrid())).containsEntry("测试网格" + d.suffix, 1L);

    login.as(d.communityOfficial);
    review.sendBack(reworked, version(reworked), "请再次核实");
    supervision.decideExtension(extension, version(extension), true, "同意");
    long meeting = meetings.schedule(d.community, "社工委会议" + d.suffix, LocalDate.now(), null);
    long item = meetings.addAgendaItem(meeting, null, "楼院供水管网改造");
    meetings.decide(item, new NewDecision("物业排查供水管网", d.unit, null, LocalDate.now().plusDays(7)));
    login.as(d.helpdesk);
    dispatch.redispatch(returned, version(returned), TestData.userId(d.otherHandler));

    // the handler: due today, overdue, urged, sent back, with the time left
    login.as(d.handler);
    HomeView handler = homes.home();
    assertThat(figures(handler))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                HomeItem.Kind.DUE_TODAY, 1L,
                HomeItem.Kind.OVERDUE, 1L,
                HomeItem.Kind.URGED, 1L,
                HomeItem.Kind.SENT_BACK, 1L));
    assertThat(handler.counts().open()).isEqualTo(5);
    assertThat(handler.urgent()).extracting(u -> u.summary().id()).startsWith(overdue, dueToday);
    UrgentCase late = handler.urgent().get(0);
    assertThat(late.overdue()).isTrue();
    assertThat(late.minutesLeft()).isBetween(-185L, -175L);
    assertThat(late.hours()).isEqualTo(3);
    assertThat(handler.urgent().get(1).overdue()).isFalse();
    // the queues the figures link to list exactly those cases
    assertThat(queues.queuePage(HandlerQueue.DUE_TODAY, 0).rows())
        .extracting(CaseSummary::id)
        .containsExactly(dueToday);
    assertThat(queues.queuePage(HandlerQueue.URGED, 0).rows())
        .extracting(CaseSummary::id)
        .containsExactly(urged);
    assertThat(queues.queuePage(HandlerQueue.SENT_BACK, 0).rows())
        .extracting(CaseSummary::id)
        .containsExactly(reworked);

    NotificationPage page = notifications.page(0, true);
    Map<NotificationKind, Long> kinds =
        page.items().stream()
            .collect(Collectors.groupingBy(NotificationItem::kind, Collectors.counting()));
    assertThat(kinds)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                NotificationKind.DISPATCHED, 6L,
                NotificationKind.URGED, 1L,
                NotificationKind.SENT_BACK, 1L,
                NotificationKind.EXTENSION_APPROVED, 1L,
                NotificationKind.RETURN_REDISPATCHED, 1L,
                NotificationKind.DECISION_TASK, 1L));
    assertThat(page.unread()).isEqualTo(11);
    assertThat(notifications.unreadCount()).isEqualTo(11);
    Map<NotificationKind, NotificationItem> byKind =
        page.items().stream()
            .collect(Collectors.toMap(NotificationItem::kind, Function.identity(), (a, b) -> a));
    assertThat(byKind.get(NotificationKind.URGED))
        .satisfies(n -> assertThat(n.caseId()).isEqualTo(urged))
        .satisfies(n -> assertThat(n.detail()).isEqualTo("请尽快处理"))
        .satisfies(n -> assertThat(n.actorName()).isEqualTo("测试COMMUNITY_OFFICIAL"))
        .satisfies(n -> assertThat(n.subject()).isEqualTo(reads.detail(urged).caseNo()));
    assertThat(byKind.get(NotificationKind.DECISION_TASK))
        .satisfies(n -> assertThat(n.caseId()).isNull())
        .satisfies(n -> assertThat(n.subject()).isEqualTo("物业排查供水管网"));
    assertThat(byKind.get(NotificationKind.RETURN_REDISPATCHED).detail()).isEqualTo("测试HANDLER");
    long urgeNote = byKind.get(NotificationKind.URGED).id();

    // nobody else sees or marks them
    login.as(d.otherHandler);
    assertThat(notifications.page(0, false).items())
        .extracting(NotificationItem::kind)
        .containsExactlyInAnyOrder(NotificationKind.DISPATCHED, NotificationKind.DECISION_TASK);
    assertThatThrownBy(() -> notifications.markRead(urgeNote))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("notification.notFound");

    login.as(d.handler);
    notifications.markRead(urgeNote);
    assertThat(notifications.unreadCount()).isEqualTo(10);
    assertThat(notifications.page(0, false).items())
        .filteredOn(n -> n.id() == urgeNote)
        .singleElement()
        .satisfies(n -> assertThat(n.read()).isTrue());
    assertThat(notifications.markAllRead()).isEqualTo(10);
    assertThat(notifications.page(0, true).items()).isEmpty();
    assertThat(notifications.page(0, false).total()).isEqualTo(11);

    // ADMIN: the report job's health, not the officials' figures
    login.as(d.admin);
    assertThat(figures(homes.home()).keySet()).containsExactly(HomeItem.Kind.FAILED_JOBS);
  }

  private static void refused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
    assertThatThrownBy(call)
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo(key);
  }

  private java.util.List<CaseRef> refs(long... ids) {
    return java.util.Arrays.stream(ids).mapToObj(id -> new CaseRef(id, version(id))).toList();
  }

  private long urges(long caseId) {
    return TestData.queryLong(
        "select count(*) from case_history where case_id = ? and action = 'URGED'", caseId);
  }

  @Test
  void officialsUrgeSeveralCasesAtOnceAndTheDeskRedispatchesSeveral() {
    TestData d = TestData.create();
    long a = register(d, "路灯不亮");
    long b = register(d, "井盖松动");
    long c = register(d, "绿化带积水");

    login.as(d.communityOfficial);
    java.util.List<CaseRef> stale = new java.util.ArrayList<>(refs(a, b));
    stale.add(new CaseRef(c, version(c) - 1));
    // all or nothing: one case changed meanwhile refuses the lot
    refused(() -> supervision.urgeAll(stale, "统一催办"), "case.conflict");
    assertThat(urges(a) + urges(b) + urges(c)).isZero();
    refused(() -> supervision.urgeAll(java.util.List.of(), "统一催办"), "bulk.none");
    assertThat(supervision.urgeAll(refs(a, b, c), "统一催办")).isEqualTo(3);
    assertThat(java.util.List.of(urges(a), urges(b), urges(c))).containsOnly(1L);
    // another community's official cannot urge them
    login.as(d.otherOfficial);
    assertThatThrownBy(() -> supervision.urgeAll(refs(a), "催办"))
        .isInstanceOf(BusinessException.class);
    login.as(d.handler);
    assertThatThrownBy(() -> supervision.urgeAll(refs(a), "催办"))
        .isInstanceOf(jakarta.ejb.EJBAccessException.class);
    assertThat(notifications.page(0, true).items())
        .filteredOn(n -> n.kind() == NotificationKind.URGED)
        .extracting(NotificationItem::caseId)
        .containsExactlyInAnyOrder(a, b, c);

    handling.returnCase(a, version(a), "不属于本网格");
    handling.returnCase(b, version(b), "不属于本网格");
    login.as(d.helpdesk);
    long other = TestData.userId(d.otherHandler);
    assertThat(dispatch.redispatchAll(refs(a, b), other)).isEqualTo(2);
    assertThat(reads.detail(a).state()).isEqualTo(org.casedesk.cases.CaseState.DISPATCHED);
    assertThat(TestData.queryLong("select handler_id from work_case where id = ?", b))
        .isEqualTo(other);
    // a case that is not returned refuses the lot
    refused(() -> dispatch.redispatchAll(refs(c), other), "case.transition.illegal");
  }

  @Test
  void notificationsAreForSignedInUsersOnly() {
    assertThatThrownBy(() -> notifications.unreadCount()).isInstanceOf(EJBException.class);
    assertThatThrownBy(() -> homes.home()).isInstanceOf(EJBException.class);
  }
}
