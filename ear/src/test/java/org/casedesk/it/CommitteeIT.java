package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.cases.CaseAction;
import org.casedesk.cases.CaseReadService;
import org.casedesk.cases.CaseState;
import org.casedesk.cases.CaseSummary;
import org.casedesk.cases.HandlingService;
import org.casedesk.cases.HistoryItem;
import org.casedesk.cases.IntakeService;
import org.casedesk.cases.RegisterCase;
import org.casedesk.cases.SupervisionService;
import org.casedesk.categories.Channel;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.Login;
import org.casedesk.it.support.TestData;
import org.casedesk.mediation.MediationItem;
import org.casedesk.mediation.MediationService;
import org.casedesk.mediation.Outcome;
import org.casedesk.meetings.AgendaItemView;
import org.casedesk.meetings.DecisionItem;
import org.casedesk.meetings.MeetingService;
import org.casedesk.meetings.NewDecision;
import org.casedesk.members.MemberForm;
import org.casedesk.members.MemberItem;
import org.casedesk.members.MemberKind;
import org.casedesk.members.MemberService;
import org.casedesk.members.UnitForm;
import org.casedesk.members.UnitItem;
import org.casedesk.members.UnitKind;
import org.casedesk.pairing.GridFlag;
import org.casedesk.pairing.NewPairing;
import org.casedesk.pairing.NewVisit;
import org.casedesk.pairing.PairingDetail;
import org.casedesk.pairing.PairingItem;
import org.casedesk.pairing.PairingService;
import org.casedesk.pairing.VisitForm;
import org.casedesk.projects.NewProject;
import org.casedesk.projects.PartItem;
import org.casedesk.projects.ProjectDetail;
import org.casedesk.projects.ProjectItem;
import org.casedesk.projects.ProjectService;
import org.casedesk.projects.ProjectStatus;
import org.casedesk.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On PostgreSQL: member units and members (maintenance, community scope, leaving with the history
 * kept, profiles) and pairings (cadence, visits on time or late, overdue flags per grid, a case
 * raised from a visit), each with who may and who may not.
 */
@ExtendWith(ArquillianExtension.class)
class CommitteeIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(CommitteeIT.class);
  }

  @Inject private MemberService members;
  @Inject private PairingService pairings;
  @Inject private IntakeService intake;
  @Inject private HandlingService handling;
  @Inject private CaseReadService caseReads;
  @Inject private ProjectService projects;
  @Inject private MeetingService meetings;
  @Inject private MediationService mediations;
  @Inject private SupervisionService supervision;
  @Inject private Login login;

  private static final LocalDate TODAY = LocalDate.now(WorkCalendar.ZONE);

  private static void refused(ThrowingCallable call, String key) {
    assertThatThrownBy(call)
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo(key);
  }

  private long member(TestData d, String name, Long unitId, Long userId) {
    login.as(d.communityOfficial);
    return members.saveMember(
        new MemberForm(
            null,
            0,
            name,
            MemberKind.MEMBER,
            "委员",
            unitId,
            d.community,
            d.grid,
            TODAY.minusYears(1),
            userId));
  }

  @Test
  void officialsMaintainUnitsAndMembersOfTheirCommunityAndLeavingKeepsTheHistory() {
    TestData d = TestData.create();
    login.as(d.communityOfficial);
    long unit =
        members.saveUnit(
            new UnitForm(
                null, 0, "测试业委会" + d.suffix, UnitKind.OWNERS_COMMITTEE, d.community, "张三"));
    refused(
        () ->
            members.saveUnit(
                new UnitForm(
                    null, 0, "别的社区" + d.suffix, UnitKind.OWNERS_COMMITTEE, d.otherCommunity, null)),
        "committee.notYourCommunity");
    refused(
        () ->
            members.saveUnit(
                new UnitForm(null, 0, "全街道" + d.suffix, UnitKind.RESIDENT_UNIT, null, null)),
        "committee.notYourCommunity");
    assertThatThrownBy(
            () ->
                members.saveUnit(
                    new UnitForm(null, 0, " ", UnitKind.RESIDENT_UNIT, d.community, null)))
        .isInstanceOf(EJBException.class);
    assertThat(
            TestData.queryLong(
                "select count(*) from member_unit where community_id = ?", d.community))
        .as("only the test unit and the two made by TestData (property company, owning unit)")
        .isEqualTo(3);

    long member = member(d, "王委员" + d.suffix, unit, null);
    MemberItem item = members.member(member);
    assertThat(item.unit()).isEqualTo("测试业委会" + d.suffix);
    assertThat(item.grid()).isEqualTo("测试网格" + d.suffix);
    assertThat(members.units(false)).extracting(UnitItem::id).contains(unit);
    assertThat(members.unit(unit).members()).isEqualTo(1);

    // a stale version is a conflict, nothing changes
    refused(
        () ->
            members.saveMember(
                new MemberForm(
                    member,
                    item.version() + 1,
                    "改名",
                    MemberKind.MEMBER,
                    null,
                    unit,
                    d.community,
                    null,
                    null,
                    null)),
        "committee.conflict");
    members.saveMember(
        new MemberForm(
            member,
            item.version(),
            "王主任" + d.suffix,
            MemberKind.MEMBER,
            "主任",
            unit,
            d.community,
            d.grid,
            item.joinedOn(),
            null));
    assertThat(members.member(member).position()).isEqualTo("主任");

    // leaving: marked with the day, kept in the list of those who left
    long version = members.member(member).version();
    refused(
        () -> members.memberLeaves(member, version, TODAY.minusYears(2)),
        "member.leftBeforeJoined");
    members.memberLeaves(member, version, TODAY);
    MemberItem left = members.member(member);
    assertThat(left.active()).isFalse();
    assertThat(left.leftOn()).isEqualTo(TODAY);
    assertThat(members.members(unit, false)).isEmpty();
    assertThat(members.members(unit, true)).extracting(MemberItem::id).containsExactly(member);
    refused(() -> members.memberLeaves(member, left.version(), TODAY), "committee.alreadyLeft");
    members.unitLeaves(unit, members.unit(unit).version(), TODAY);
    assertThat(members.units(false)).extracting(UnitItem::id).doesNotContain(unit);
    assertThat(members.units(true)).extracting(UnitItem::id).contains(unit);

    // other community: cannot see; sub-district: sees; handler reads only; help desk nothing
    login.as(d.otherOfficial);
    assertThat(members.members(null, true)).extracting(MemberItem::id).doesNotContain(member);
    refused(() -> members.member(member), "member.notFound");
    refused(() -> members.unit(unit), "unit.notFound");
    login.as(d.subdistrictOfficial);
    assertThat(members.members(null, true)).extracting(MemberItem::id).contains(member);
    login.as(d.handler);
    assertThat(members.member(member).name()).isEqualTo("王主任" + d.suffix);
    assertThatThrownBy(
            () ->
                members.saveUnit(
                    new UnitForm(null, 0, "网格员单位", UnitKind.RESIDENT_UNIT, d.community, null)))
        .isInstanceOf(EJBAccessException.class);
    login.as(d.helpdesk);
    assertThatThrownBy(() -> members.units(false)).isInstanceOf(EJBAccessException.class);
  }

  @Test
  void profilesShowTheCasesOfTheMembersLoginAndOfTheUnitsStaff() {
    TestData d = TestData.create();
    long handlerId = TestData.queryLong("select id from app_user where username = ?", d.handler);
    long member = member(d, "李网格员" + d.suffix, d.unit, handlerId);
    login.as(d.helpdesk);
    intake.register(
        new RegisterCase(null, null, d.flat, d.categoryWater, Channel.PHONE, "楼顶水箱漏水", true));
    login.as(d.communityOfficial);
    assertThat(members.memberCases(member).open()).isEqualTo(1);
    assertThat(members.memberCases(member).latest()).hasSize(1);
    assertThat(members.unitCases(d.unit).open()).isEqualTo(1);
    assertThat(members.memberCases(member).closed()).isZero();
    login.as(d.otherOfficial);
    refused(() -> members.memberCases(member), "member.notFound");
  }

  @Test
  void visitsCountAsOnTimeOrLateAndPairingsPastTheirCadenceAreFlaggedPerGrid() {
    TestData d = TestData.create();
    long resident = d.resident("孤老" + d.suffix.substring(0, 4), "13912345678", "失独老人,高龄");
    long member = member(d, "结对委员" + d.suffix, d.unit, null);
    refused(
        () -> pairings.pair(new NewPairing(member, resident, "低保户", TODAY.minusDays(40))),
        "pairing.tag.notResidents");
    long pairing = pairings.pair(new NewPairing(member, resident, "失独老人", TODAY.minusDays(40)));
    refused(
        () -> pairings.pair(new NewPairing(member, resident, "失独老人", TODAY)), "pairing.duplicate");
    assertThat(pairings.pairings(d.grid, true))
        .extracting(PairingItem::id)
        .containsExactly(pairing);
    assertThat(pairings.flagsByGrid())
        .filteredOn(f -> f.gridId() == d.grid)
        .extracting(GridFlag::overdue)
        .containsExactly(1L);

    // the grid's handler logs visits: 10 days after the start (on time), 30 days later (late)
    login.as(d.handler);
    long version = pairings.detail(pairing).pairing().version();
    pairings.logVisit(
        pairing, version, new NewVisit(TODAY.minusDays(30), VisitForm.HOME_VISIT, "入户看望"));
    refused(
        () -> pairings.logVisit(pairing, version, new NewVisit(TODAY, VisitForm.PHONE, "电话问候")),
        "committee.conflict");
    PairingDetail detail = pairings.detail(pairing);
    assertThat(detail.residentPhone()).isEqualTo("139****5678");
    assertThat(detail.pairing().overdue()).as("last visit 30 days ago, cadence 14").isTrue();
    pairings.logVisit(
        pairing, detail.pairing().version(), new NewVisit(TODAY, VisitForm.PHONE, "电话问候，身体尚可"));
    assertThatThrownBy(
            () ->
                pairings.logVisit(
                    pairing,
                    pairings.detail(pairing).pairing().version(),
                    new NewVisit(TODAY.plusDays(1), VisitForm.PHONE, "明天")))
        .isInstanceOf(EJBException.class);
    detail = pairings.detail(pairing);
    assertThat(detail.pairing().overdue()).isFalse();
    assertThat(detail.pairing().nextDueOn()).isEqualTo(TODAY.plusDays(14));
    assertThat(detail.visits()).extracting(v -> v.onTime()).containsExactly(false, true);
    assertThat(
            TestData.queryLong(
                "select count(*) from pairing_visit where grid_id = ? and on_time", d.grid))
        .isEqualTo(1);
    assertThat(
            TestData.queryLong(
                "select count(*) from audit_log where resident_id = ? and action = 'VIEW_RESIDENT'",
                resident))
        .isGreaterThanOrEqualTo(3);

    // other community and other grid see nothing; handlers do not pair
    login.as(d.otherHandler);
    refused(() -> pairings.detail(pairing), "pairing.notFound");
    assertThat(pairings.pairings(null, false)).extracting(PairingItem::id).doesNotContain(pairing);
    login.as(d.otherOfficial);
    assertThat(pairings.pairings(null, false)).extracting(PairingItem::id).doesNotContain(pairing);
    login.as(d.handler);
    assertThatThrownBy(() -> pairings.pair(new NewPairing(member, resident, "高龄", TODAY)))
        .isInstanceOf(EJBAccessException.class);

    // ending keeps the visits and stops further ones
    login.as(d.communityOfficial);
    pairings.end(pairing, pairings.detail(pairing).pairing().version(), TODAY);
    assertThat(pairings.pairings(d.grid, false))
        .extracting(PairingItem::id)
        .doesNotContain(pairing);
    assertThat(pairings.ofMember(member)).extracting(PairingItem::id).containsExactly(pairing);
    refused(
        () ->
            pairings.logVisit(
                pairing,
                pairings.detail(pairing).pairing().version(),
                new NewVisit(TODAY, VisitForm.PHONE, "再访")),
        "pairing.isEnded");
  }

  @Test
  void aCaseRaisedFromAVisitIsRegisteredForTheResidentAndDispatched() {
    TestData d = TestData.create();
    long resident = d.resident("老党员" + d.suffix.substring(0, 4), "13812345678", "老党员");
    long member = member(d, "党员志愿者" + d.suffix, null, null);
    long pairing = pairings.pair(new NewPairing(member, resident, "老党员", TODAY.minusDays(3)));
    login.as(d.handler);
    long visit =
        pairings.logVisit(
            pairing,
            pairings.detail(pairing).pairing().version(),
            new NewVisit(TODAY, VisitForm.GROUP_TALK, "座谈中反映楼道灯坏了"));
    assertThatThrownBy(() -> pairings.raiseCase(visit, d.categoryWater, " "))
        .isInstanceOf(EJBException.class);
    long caseId = pairings.raiseCase(visit, d.categoryWater, "楼道灯坏了，老人夜间出行不便");
    assertThat(TestData.queryLong("select resident_id from work_case where id = ?", caseId))
        .isEqualTo(resident);
    assertThat(TestData.queryLong("select flat_id from work_case where id = ?", caseId))
        .isEqualTo(d.flat);
    assertThat(TestData.queryString("select channel from work_case where id = ?", caseId))
        .isEqualTo("HOME_VISIT");
    assertThat(TestData.queryString("select state from work_case where id = ?", caseId))
        .isEqualTo("DISPATCHED");
    assertThat(TestData.queryLong("select case_id from pairing_visit where id = ?", visit))
        .isEqualTo(caseId);
    assertThat(caseReads.detail(caseId).history()).hasSize(2);
    assertThat(pairings.detail(pairing).visits().get(0).caseNo()).isNotBlank();
    refused(() -> pairings.raiseCase(visit, d.categoryWater, "再来一次"), "visit.caseAlready");
    login.as(d.otherHandler);
    refused(() -> pairings.raiseCase(visit, d.categoryWater, "别人的走访"), "pairing.notFound");
  }

  @Test
  void unitsClaimPartsOfAProjectWhichIsCompletedAndAcceptedByTheResidents() {
    TestData d = TestData.create();
    login.as(d.communityOfficial);
    long greenery =
        members.saveUnit(
            new UnitForm(null, 0, "园林所" + d.suffix, UnitKind.RESIDENT_UNIT, d.community, null));
    java.util.List<String> twoParts = java.util.List.of("东段补种", "西段花坛", " ");
    long project =
        projects.create(
            new NewProject(
                "通渭路绿化" + d.suffix,
                "国庆前完成",
                d.community,
                null,
                "通渭路",
                TODAY.plusDays(30),
                twoParts));
    ProjectDetail detail = projects.detail(project);
    assertThat(detail.parts()).extracting(PartItem::name).containsExactly("东段补种", "西段花坛");
    PartItem east = detail.parts().get(0);
    PartItem west = detail.parts().get(1);
    assertThatThrownBy(
            () -> projects.create(new NewProject(" ", "无名", d.community, null, null, null, null)))
        .isInstanceOf(EJBException.class);

    // the handler claims for the unit they work for; an official claims for another unit
    login.as(d.gridColleague);
    refused(() -> projects.claim(east.id(), east.version(), null), "project.claim.notYourUnit");
    login.as(d.otherHandler);
    refused(() -> projects.claim(east.id(), east.version(), null), "project.notFound");
    login.as(d.handler);
    refused(() -> projects.claim(east.id(), east.version() + 1, null), "committee.conflict");
    projects.claim(east.id(), east.version(), null);
    refused(() -> projects.claim(east.id(), east.version() + 1, null), "project.claim.taken");
    login.as(d.communityOfficial);
    refused(() -> projects.claim(west.id(), west.version(), null), "project.claim.unitInvalid");
    projects.claim(west.id(), west.version(), greenery);
    detail = projects.detail(project);
    assertThat(detail.parts())
        .extracting(PartItem::unit)
        .containsExactly("测试物业" + d.suffix, "园林所" + d.suffix);
    assertThat(detail.project().claimed()).isEqualTo(2);
    refused(
        () -> projects.complete(project, projects.detail(project).project().version(), "完成"),
        "project.partsOpen");

    // milestones and parts done; the handler only for their own unit's part
    projects.addMilestone(project, "现场踏勘", TODAY.plusDays(3));
    login.as(d.handler);
    PartItem eastClaimed = projects.detail(project).parts().get(0);
    PartItem westClaimed = projects.detail(project).parts().get(1);
    refused(
        () -> projects.partDone(westClaimed.id(), westClaimed.version(), "不是我的"),
        "project.claim.notYourUnit");
    projects.partDone(eastClaimed.id(), eastClaimed.version(), "补种冬青 120 株");
    var milestone = projects.detail(project).milestones().get(0);
    projects.milestoneReached(milestone.id(), milestone.version(), TODAY);
    assertThatThrownBy(() -> projects.complete(project, 0, "handler"))
        .isInstanceOf(EJBAccessException.class);
    login.as(d.communityOfficial);
    projects.partDone(westClaimed.id(), westClaimed.version(), null);
    refused(
        () -> projects.accept(project, projects.detail(project).project().version(), 10, 9, null),
        "project.notCompleted");
    projects.complete(project, projects.detail(project).project().version(), "全线完工");
    long version = projects.detail(project).project().version();
    refused(() -> projects.accept(project, version, 10, 11, null), "project.satisfied.tooMany");
    projects.accept(project, version, 10, 9, "居民满意");
    detail = projects.detail(project);
    assertThat(detail.project().status()).isEqualTo(ProjectStatus.ACCEPTED);
    assertThat(detail.satisfied()).isEqualTo(9);
    assertThat(TestData.queryString("select status from project where id = ?", project))
        .isEqualTo("ACCEPTED");
    assertThat(
            TestData.queryLong(
                "select count(*) from project_part where project_id = ? and claimed_at is not null"
                    + " and done_at is not null",
                project))
        .isEqualTo(2);
    assertThat(projects.claimedByUnit(d.unit)).extracting(PartItem::name).containsExactly("东段补种");

    // scope and rights
    login.as(d.otherOfficial);
    assertThat(projects.projects()).extracting(ProjectItem::id).doesNotContain(project);
    refused(() -> projects.detail(project), "project.notFound");
    refused(
        () -> projects.create(new NewProject("越界", "越界", d.community, null, null, null, null)),
        "committee.notYourCommunity");
    login.as(d.helpdesk);
    assertThatThrownBy(() -> projects.projects()).isInstanceOf(EJBAccessException.class);
  }

  private long escalatedCase(TestData d, String description) {
    login.as(d.helpdesk);
    long id =
        intake.register(
            new RegisterCase(
                null, null, d.flat, d.categoryWater, Channel.PHONE, description, true));
    login.as(d.handler);
    handling.addNote(id, caseReads.detail(id).version(), "已上门查看");
    handling.escalate(id, caseReads.detail(id).version(), "需物业和业委会协商");
    return id;
  }

  @Test
  void anEscalatedCaseGoesThroughAMeetingToADecisionTaskAndBackToItsHandler() throws Exception {
    TestData d = TestData.create();
    long caseId = escalatedCase(d, "楼顶水箱漏水，物业与业委会互相推诿");
    long otherCase = escalatedCase(d, "小区停车位划线争议");
    long member = member(d, "与会委员" + d.suffix, d.unit, null);

    login.as(d.communityOfficial);
    long meeting = meetings.schedule(d.community, "三季度社工委会议" + d.suffix, TODAY, "社区会议室");
    meetings.invite(meeting, member);
    meetings.attendance(meeting, member, true);
    assertThat(meetings.waitingCases()).extracting(CaseSummary::id).contains(caseId, otherCase);
    long item = meetings.addAgendaItem(meeting, caseId, null);
    long free = meetings.addAgendaItem(meeting, null, "楼院垃圾分类宣传");
    long second = meetings.addAgendaItem(meeting, otherCase, "停车位划线");
    refused(() -> meetings.addAgendaItem(meeting, null, " "), "agenda.topic.required");
    refused(
        () -> meetings.decide(item, new NewDecision("两者都选", d.unit, member, TODAY)),
        "decision.owner.one");
    long decision =
        meetings.decide(item, new NewDecision("由物业更换水箱阀门，业委会监督", d.unit, null, TODAY.plusDays(7)));
    meetings.recordMinutes(
        meeting, meetings.detail(meeting).meeting().version(), "会议讨论了三个议题，形成决议一项。");

    // the decision is in the case's timeline; the case waits
    login.as(d.handler);
    assertThat(caseReads.detail(caseId).history())
        .extracting(HistoryItem::action)
        .contains(CaseAction.ON_AGENDA, CaseAction.COMMITTEE_DECISION);
    assertThat(caseReads.detail(caseId).history())
        .filteredOn(h -> h.action() == CaseAction.COMMITTEE_DECISION)
        .extracting(HistoryItem::note)
        .singleElement()
        .asString()
        .contains("由物业更换水箱阀门");
    refused(
        () -> handling.resolve(caseId, caseReads.detail(caseId).version(), "未经会议"),
        "case.awaitingCommittee");

    // other community's official and a handler of another unit cannot act
    login.as(d.otherOfficial);
    refused(() -> meetings.detail(meeting), "meeting.notFound");
    assertThat(meetings.waitingCases()).extracting(CaseSummary::id).doesNotContain(caseId);
    login.as(d.gridColleague);
    DecisionItem task =
        meetings.tasks(false).stream().filter(t -> t.id() == decision).findFirst().orElse(null);
    assertThat(task).as("not the colleague's unit").isNull();
    refused(() -> meetings.decisionDone(decision, 0, "不是我的"), "decision.notYours");

    // the owning unit's handler completes the task: the case is back with its handler
    login.as(d.handler);
    DecisionItem mine =
        meetings.tasks(true).stream().filter(t -> t.id() == decision).findFirst().orElseThrow();
    assertThatThrownBy(() -> meetings.decisionDone(decision, mine.version(), " "))
        .isInstanceOf(EJBException.class);
    meetings.decisionDone(decision, mine.version(), "阀门已更换");
    assertThat(caseReads.detail(caseId).state()).isEqualTo(CaseState.HANDLING);
    assertThat(caseReads.detail(caseId).history())
        .extracting(HistoryItem::action)
        .contains(CaseAction.DECISION_DONE);
    assertThat(
            TestData.queryLong(
                "select count(*) from decision where id = ? and done_at is not null", decision))
        .isEqualTo(1);
    handling.resolve(caseId, caseReads.detail(caseId).version(), "经社工委会议协调，阀门已更换");
    login.as(d.communityOfficial);
    refused(
        () -> supervision.urge(caseId, caseReads.detail(caseId).version(), "已办结"),
        "case.notWithHandler");

    // the meeting finds no task needed for the other case: back to its handler too
    AgendaItemView secondItem =
        meetings.detail(meeting).agenda().stream()
            .filter(a -> a.id() == second)
            .findFirst()
            .orElseThrow();
    meetings.noTaskNeeded(second, secondItem.version(), "双方已当场达成一致，无需后续任务");
    assertThat(caseReads.detail(otherCase).state()).isEqualTo(CaseState.HANDLING);
    assertThat(meetings.detail(meeting).agenda())
        .filteredOn(a -> a.id() == free)
        .singleElement()
        .satisfies(a -> assertThat(a.caseId()).isNull());

    // the minutes as a PDF with the Chinese text in it
    byte[] pdf = meetings.minutesPdf(meeting);
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("三季度社工委会议" + d.suffix, "由物业更换水箱阀门", "楼院垃圾分类宣传", "会议讨论了三个议题", "与会委员");
    }
    login.as(d.helpdesk);
    assertThatThrownBy(() -> meetings.meetings()).isInstanceOf(EJBAccessException.class);
  }

  @Test
  void aDisputeIsMediatedToAnAgreementWhoseKeepingIsFollowedUp() throws Exception {
    TestData d = TestData.create();
    long mediator = member(d, "调解员" + d.suffix, null, null);
    long dispute = TestData.queryLong("select id from category where code = ?", "DISPUTE");
    login.as(d.helpdesk);
    long caseId =
        intake.register(
            new RegisterCase(null, null, d.flat, dispute, Channel.WINDOW, "楼上漏水殃及楼下，双方争执", true));

    login.as(d.otherHandler);
    refused(() -> mediations.open(caseId, "302室 王某；402室 李某"), "case.notFound");
    login.as(d.handler);
    assertThatThrownBy(() -> mediations.open(caseId, " ")).isInstanceOf(EJBException.class);
    long mediation = mediations.open(caseId, "302室 王某；402室 李某");
    mediations.addMediator(mediation, mediator);
    long first = mediations.detail(mediation).mediation().version();
    refused(
        () -> mediations.conclude(mediation, first, Outcome.NO_AGREEMENT, null, null),
        "mediation.noSession");
    mediations.addSession(mediation, TODAY, "双方到场，初步了解漏水原因");
    long version = mediations.detail(mediation).mediation().version();
    refused(
        () -> mediations.conclude(mediation, version, Outcome.AGREEMENT, " ", TODAY.plusDays(30)),
        "mediation.agreement.required");
    refused(
        () -> mediations.conclude(mediation, version, Outcome.AGREEMENT, "协议", TODAY.minusDays(1)),
        "mediation.agreement.required");
    mediations.conclude(mediation, version, Outcome.AGREEMENT, "402室负责维修防水层，302室配合入户", TODAY);
    refused(() -> mediations.addSession(mediation, TODAY, "再谈"), "mediation.concluded");
    assertThat(mediations.mediations())
        .filteredOn(m -> m.id() == mediation)
        .singleElement()
        .satisfies(m -> assertThat(m.followUpDue()).isTrue());
    assertThat(mediations.detail(mediation).mediators()).containsExactly("调解员" + d.suffix);

    byte[] pdf = mediations.agreementPdf(mediation);
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
          .contains("人民调解协议书", "402室负责维修防水层", "调解员" + d.suffix);
    }
    mediations.followUp(
        mediation, mediations.detail(mediation).mediation().version(), true, "已修好，邻里和睦");
    MediationItem done = mediations.detail(mediation).mediation();
    assertThat(done.kept()).isTrue();
    assertThat(done.followUpDue()).isFalse();
    assertThat(
            TestData.queryLong(
                "select count(*) from mediation where id = ? and outcome = 'AGREEMENT' and kept"
                    + " and outcome_at is not null and followed_up_at is not null",
                mediation))
        .isEqualTo(1);

    login.as(d.otherOfficial);
    assertThat(mediations.mediations()).extracting(MediationItem::id).doesNotContain(mediation);
    refused(() -> mediations.detail(mediation), "mediation.notFound");
    login.as(d.communityOfficial);
    assertThat(mediations.mediations()).extracting(MediationItem::id).contains(mediation);
    login.as(d.helpdesk);
    assertThatThrownBy(() -> mediations.mediations()).isInstanceOf(EJBAccessException.class);
  }
}
