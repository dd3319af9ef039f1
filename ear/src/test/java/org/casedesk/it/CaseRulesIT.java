package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import org.casedesk.areas.AreaAdminService;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaNodeRow;
import org.casedesk.calendar.CalendarRepository;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.cases.CaseAction;
import org.casedesk.cases.CaseDetail;
import org.casedesk.cases.CaseReadService;
import org.casedesk.cases.CaseState;
import org.casedesk.cases.CaseSummary;
import org.casedesk.cases.HandlerQueue;
import org.casedesk.cases.HandlerQueueService;
import org.casedesk.cases.HandlingService;
import org.casedesk.cases.IntakeService;
import org.casedesk.cases.RegisterCase;
import org.casedesk.cases.SupervisionService;
import org.casedesk.categories.CategoryRow;
import org.casedesk.categories.CategoryService;
import org.casedesk.categories.CategorySettings;
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
 * Category limits (hours, per channel, warning, sign-for, default unit), the address tree with its
 * owning units and grid workers, on-site visits, and what member-unit staff may see: through the
 * services, as each role, on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class CaseRulesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(CaseRulesIT.class);
  }

  @Inject private IntakeService intake;
  @Inject private HandlingService handling;
  @Inject private HandlerQueueService queues;
  @Inject private CaseReadService reads;
  @Inject private CategoryService categories;
  @Inject private AreaAdminService areas;
  @Inject private SupervisionService supervision;
  @Inject private CalendarRepository calendar;
  @Inject private Login login;

  private static String key(Throwable e) {
    return ((BusinessException) e).getMessageKey();
  }

  private long register(TestData d, long flat, long category, Channel channel, String text) {
    login.as(d.helpdesk);
    return intake.register(
        new RegisterCase(
            null,
            new NewResident("王秀英", "13812345678", "620102195001011235"),
            flat,
            category,
            channel,
            text,
            false));
  }

  private CategoryRow row(long categoryId) {
    return categories.list().stream().filter(c -> c.id() == categoryId).findFirst().orElseThrow();
  }

  @Test
  void emergencyLimitsAreClockHoursAndSignForIsWorkingHoursWithAWarning() {
    TestData d = TestData.create();
    long burst = TestData.queryLong("select id from category where code = ?", "WATER_BURST");
    LocalDateTime before = LocalDateTime.now(WorkCalendar.ZONE);
    long id = register(d, d.flat, burst, Channel.PHONE, "楼道水管爆裂");
    LocalDateTime after = LocalDateTime.now(WorkCalendar.ZONE);
    login.as(d.handler);
    CaseDetail c = reads.detail(id);
    assertThat(c.dueAt()).isBetween(before.plusHours(4), after.plusHours(4));
    LocalDateTime accepted = c.acceptedAt(); // dispatched at once: the sign-for limit starts here
    assertThat(
            TestData.queryString(
                "select to_char(sign_due_at, 'YYYY-MM-DD HH24:MI') from work_case where id = ?",
                id))
        .isEqualTo(
            calendar
                .load()
                .dueAfterWorkingHours(accepted, 4)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
    // warning 1 hour before a 4-hour limit: not yet near; move the warning into the past
    assertThat(queues.queue(HandlerQueue.MINE))
        .filteredOn(s -> s.id() == id)
        .extracting(CaseSummary::nearDeadline)
        .containsExactly(false);
    TestData.update("update work_case set warn_at = accepted_at where id = ?", id);
    assertThat(queues.queue(HandlerQueue.MINE))
        .filteredOn(s -> s.id() == id)
        .extracting(CaseSummary::nearDeadline)
        .containsExactly(true);
    login.as(d.communityOfficial);
    assertThat(supervision.watchList()).extracting(CaseSummary::id).contains(id);
  }

  @Test
  void adminSetsLimitsPerCategoryAndChannelAndTheDefaultUnit() {
    TestData d = TestData.create();
    login.as(d.admin);
    long parent = TestData.queryLong("select id from category where code = ?", "HEALTH");
    long child = categories.addChild(parent, "上门问诊" + d.suffix, "Home visit " + d.suffix);
    CategoryRow fresh = row(child);
    assertThat(fresh.parentId()).isEqualTo(parent);
    assertThat(categories.categories())
        .filteredOn(c -> c.id() == child)
        .extracting(c -> c.name().zh())
        .containsExactly("医疗健康 / 上门问诊" + d.suffix);

    categories.configure(child, fresh.version(), new CategorySettings(2, null, 12, 2, d.ownerUnit));
    categories.setChannelLimit(child, Channel.HOTLINE_12345, 1, null);
    assertThat(row(child).channelLimits()).hasSize(1);

    // the default unit takes the case (no routing rule, a courtyard with a property company)
    long byPhone = register(d, d.flat, child, Channel.PHONE, "老人行动不便需上门问诊");
    long staff = TestData.userId(d.unitStaff);
    assertThat(TestData.queryLong("select handler_id from work_case where id = ?", byPhone))
        .isEqualTo(staff);
    long byHotline = register(d, d.flat, child, Channel.HOTLINE_12345, "12345转来：需上门问诊");
    login.as(d.unitStaff);
    CaseDetail phone = reads.detail(byPhone);
    CaseDetail hotline = reads.detail(byHotline);
    WorkCalendar cal = calendar.load();
    assertThat(phone.dueAt().toLocalDate())
        .isEqualTo(cal.dueAfterWorkingDays(phone.acceptedAt(), 2).toLocalDate());
    assertThat(hotline.dueAt().toLocalDate())
        .isEqualTo(cal.dueAfterWorkingDays(hotline.acceptedAt(), 1).toLocalDate());

    login.as(d.admin);
    long version = row(child).version();
    assertThatThrownBy(
            () -> categories.configure(child, version, new CategorySettings(2, 100, 12, 2, null)))
        .isInstanceOf(EJBException.class);
    assertThatThrownBy(
            () -> categories.configure(child, version, new CategorySettings(2, null, 12, 0, null)))
        .isInstanceOf(EJBException.class);
    assertThatThrownBy(
            () ->
                categories.configure(
                    child, version - 1, new CategorySettings(3, null, 12, 2, null)))
        .isInstanceOf(BusinessException.class)
        .extracting(CaseRulesIT::key)
        .isEqualTo("category.conflict");
    assertThatThrownBy(() -> categories.addChild(child, "三级类别", "Third level"))
        .isInstanceOf(BusinessException.class)
        .extracting(CaseRulesIT::key)
        .isEqualTo("category.parent.invalid");
    assertThatThrownBy(() -> categories.addChild(parent, "换行\u0007字符", "Bell"))
        .isInstanceOf(EJBException.class);
    assertThat(row(child).settings().limitDays()).isEqualTo(2);
    categories.removeChannelLimit(child, Channel.HOTLINE_12345);
    assertThat(row(child).channelLimits()).isEmpty();

    login.as(d.helpdesk);
    assertThatThrownBy(() -> categories.list()).isInstanceOf(EJBAccessException.class);
    login.as(d.communityOfficial);
    assertThatThrownBy(
            () -> categories.configure(child, version, new CategorySettings(1, null, 1, 1, null)))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void courtyardsWithoutPropertyCompanyGoToTheirOwningUnitAndAdminKeepsTheTree() {
    TestData d = TestData.create();
    long sanitation = TestData.queryLong("select id from category where code = ?", "CORRIDOR");
    long id = register(d, d.oldFlat, sanitation, Channel.WINDOW, "楼道灯坏了没人管");
    assertThat(TestData.queryLong("select handler_id from work_case where id = ?", id))
        .isEqualTo(TestData.userId(d.unitStaff));

    login.as(d.admin);
    AreaNodeRow old =
        areas.outline().stream().filter(r -> r.id() == d.oldCourtyard).findFirst().orElseThrow();
    assertThat(old.noPropertyCompany()).isTrue();
    assertThat(old.ownerUnitName()).isEqualTo("测试产权单位" + d.suffix);
    areas.setOwnerUnit(d.oldCourtyard, old.version(), null);
    long again = register(d, d.oldFlat, sanitation, Channel.WINDOW, "楼道灯还是坏的");
    assertThat(TestData.queryLong("select handler_id from work_case where id = ?", again))
        .as("with a property company: the grid's handler")
        .isEqualTo(TestData.userId(d.handler));

    login.as(d.admin);
    long building = areas.addChild(d.grid, AreaKind.COURTYARD, "新建楼院" + d.suffix);
    long flat = areas.addChild(building, AreaKind.FLAT, "2单元301室");
    assertThat(TestData.queryString("select kind from area_node where id = ?", flat))
        .isEqualTo(AreaKind.FLAT.name());
    assertThat(TestData.queryLong("select grid_id from area_node where id = ?", flat))
        .isEqualTo(d.grid);
    assertThat(areas.flats(building)).extracting(a -> a.name()).containsExactly("2单元301室");
    assertThatThrownBy(() -> areas.addChild(flat, AreaKind.FLAT, "不能再分"))
        .isInstanceOf(BusinessException.class)
        .extracting(CaseRulesIT::key)
        .isEqualTo("area.parent.invalid");
    assertThatThrownBy(() -> areas.addChild(building, AreaKind.FLAT, "2单元301室"))
        .isInstanceOf(BusinessException.class)
        .extracting(CaseRulesIT::key)
        .isEqualTo("area.name.taken");
    long buildingVersion =
        areas.outline().stream()
            .filter(r -> r.id() == building)
            .findFirst()
            .orElseThrow()
            .version();
    areas.rename(building, buildingVersion, "新建楼院改名" + d.suffix);
    assertThatThrownBy(() -> areas.rename(building, buildingVersion, "再改一次"))
        .isInstanceOf(BusinessException.class)
        .extracting(CaseRulesIT::key)
        .isEqualTo("area.conflict");
    assertThatThrownBy(() -> areas.setOwnerUnit(d.grid, 0, d.ownerUnit))
        .isInstanceOf(BusinessException.class);

    areas.assignGridWorker(d.grid, TestData.userId(d.unitColleague));
    assertThat(areas.outline().stream().filter(r -> r.id() == d.grid).findFirst().orElseThrow())
        .extracting(AreaNodeRow::gridWorkers)
        .asList()
        .contains("测试HANDLER");
    assertThat(
            TestData.queryLong("select grid_id from app_user where username = ?", d.unitColleague))
        .isEqualTo(d.grid);
    areas.removeGridWorker(TestData.userId(d.unitColleague));
    assertThat(
            TestData.queryLong(
                "select count(*) from app_user where grid_id is null and username = ?",
                d.unitColleague))
        .isEqualTo(1);

    login.as(d.communityOfficial);
    assertThatThrownBy(() -> areas.addChild(d.grid, AreaKind.COURTYARD, "越权楼院"))
        .isInstanceOf(EJBAccessException.class);
    login.as(d.handler);
    assertThatThrownBy(() -> areas.outline()).isInstanceOf(EJBAccessException.class);
  }

  @Test
  void theHandlerRecordsOnSiteVisitsThatShowInTheTimeline() {
    TestData d = TestData.create();
    long id = register(d, d.flat, d.categoryWater, Channel.PHONE, "四楼以上停水");
    login.as(d.handler);
    // a moment after the acceptance, within the five minutes' tolerance for clocks
    LocalDateTime visited = LocalDateTime.now(WorkCalendar.ZONE).plusMinutes(1).withNano(0);
    handling.recordVisit(id, reads.detail(id).version(), visited, "测试楼院1单元", "逐层排查，三楼阀门老化导致四楼以上停水");
    CaseDetail c = reads.detail(id);
    assertThat(c.state()).isEqualTo(CaseState.HANDLING);
    assertThat(c.history().get(c.history().size() - 1))
        .satisfies(h -> assertThat(h.action()).isEqualTo(CaseAction.VISITED))
        .satisfies(h -> assertThat(h.note()).contains("测试楼院1单元").contains("三楼阀门老化"));
    assertThat(TestData.queryLong("select count(*) from case_visit where case_id = ?", id))
        .isEqualTo(1);

    long version = c.version();
    assertThatThrownBy(() -> handling.recordVisit(id, version, visited.plusDays(2), "现场", "明天的核查"))
        .isInstanceOf(BusinessException.class)
        .extracting(CaseRulesIT::key)
        .isEqualTo("visit.time.impossible");
    assertThatThrownBy(
            () -> handling.recordVisit(id, version, visited.minusYears(1), "现场", "受理前的核查"))
        .isInstanceOf(BusinessException.class)
        .extracting(CaseRulesIT::key)
        .isEqualTo("visit.time.impossible");
    assertThatThrownBy(() -> handling.recordVisit(id, version, visited, "  ", "没有地点"))
        .isInstanceOf(EJBException.class);
    assertThatThrownBy(() -> handling.recordVisit(id, version, visited, "现场", "控制\u0000字符"))
        .isInstanceOf(EJBException.class);
    login.as(d.gridColleague);
    assertThatThrownBy(() -> handling.recordVisit(id, version, visited, "现场", "不是我的工单"))
        .isInstanceOf(BusinessException.class)
        .extracting(CaseRulesIT::key)
        .isEqualTo("case.notAssigned");
    login.as(d.otherHandler);
    assertThatThrownBy(() -> handling.recordVisit(id, version, visited, "现场", "别的社区"))
        .isInstanceOf(BusinessException.class);
    login.as(d.helpdesk);
    assertThatThrownBy(() -> handling.recordVisit(id, version, visited, "现场", "前台不能核查"))
        .isInstanceOf(EJBAccessException.class);
    assertThat(TestData.queryLong("select count(*) from case_visit where case_id = ?", id))
        .isEqualTo(1);
  }

  @Test
  void memberUnitStaffSeeTheResidentMaskedUnlessTheyHandleTheCase() {
    TestData d = TestData.create();
    long burst = TestData.queryLong("select id from category where code = ?", "CORRIDOR");
    // the old courtyard's cases go to the owning unit's first staff member
    long id = register(d, d.oldFlat, burst, Channel.PHONE, "楼道堆满杂物");

    login.as(d.unitStaff);
    CaseDetail own = reads.detail(id);
    assertThat(own.residentName()).isEqualTo("王秀英");
    assertThat(own.residentPhone()).isEqualTo("138****5678");

    login.as(d.unitColleague);
    assertThat(queues.queue(HandlerQueue.UNIT)).extracting(CaseSummary::id).contains(id);
    CaseDetail colleague = reads.detail(id);
    assertThat(colleague.residentName()).isEqualTo("王**");
    assertThat(colleague.residentPhone()).isEqualTo("138****5678");
    assertThatThrownBy(() -> reads.revealResident(id))
        .isInstanceOf(BusinessException.class)
        .extracting(CaseRulesIT::key)
        .isEqualTo("case.notAssigned");
    assertThat(
            TestData.queryLong(
                "select count(*) from audit_log where case_id = ? and detail = 'name masked'", id))
        .isEqualTo(1);

    login.as(d.handler);
    assertThat(reads.detail(id).residentName()).as("the grid's own worker").isEqualTo("王秀英");
    login.as(d.otherHandler);
    assertThatThrownBy(() -> reads.detail(id))
        .isInstanceOf(BusinessException.class)
        .extracting(CaseRulesIT::key)
        .isEqualTo("case.notFound");
  }
}
