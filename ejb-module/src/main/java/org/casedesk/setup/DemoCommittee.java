package org.casedesk.setup;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaNode;
import org.casedesk.cases.CaseAction;
import org.casedesk.cases.CaseHistory;
import org.casedesk.cases.CaseState;
import org.casedesk.cases.WorkCase;
import org.casedesk.meetings.AgendaItem;
import org.casedesk.meetings.Decision;
import org.casedesk.meetings.Invitee;
import org.casedesk.meetings.Meeting;
import org.casedesk.members.Member;
import org.casedesk.members.MemberKind;
import org.casedesk.members.MemberUnit;
import org.casedesk.pairing.Pairing;
import org.casedesk.pairing.PairingVisit;
import org.casedesk.pairing.VisitForm;
import org.casedesk.projects.Project;
import org.casedesk.projects.ProjectMilestone;
import org.casedesk.projects.ProjectPart;
import org.casedesk.residents.Resident;
import org.casedesk.volunteer.ActivityParticipant;
import org.casedesk.volunteer.ActivityType;
import org.casedesk.volunteer.ServiceRecipient;
import org.casedesk.volunteer.ServiceType;
import org.casedesk.volunteer.UnitServiceRecord;
import org.casedesk.volunteer.VolunteerActivity;

/**
 * The demo data of the community work committee (社工委): members of the member units, pairings with
 * tagged residents and their visits, projects, a meeting with decisions, and volunteering. Written
 * in {@link DemoData}'s loading transaction, after the areas, units, users and residents.
 */
@Dependent
class DemoCommittee {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /**
   * The grid workers (one per handler login), 委员 of the units with their positions, party-member
   * volunteers, a partner, and one member who left in the spring (kept with her history).
   */
  List<Member> members(
      List<UserAccount> handlers,
      List<MemberUnit> units,
      List<AreaNode> communities,
      List<AreaNode> grids) {
    List<Member> members = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    for (int i = 0; i < handlers.size(); i++) {
      UserAccount handler = handlers.get(i);
      members.add(
          new Member(
                  handler.getDisplayName(),
                  units.get(0).getId(),
                  MemberKind.GRID_WORKER,
                  handler.getId())
              .placedIn(handler.getCommunityId(), handler.getGridId())
              .titled("网格员", today.minusYears(2 + i)));
    }
    Object[][] people = {
      {"马建华", 0, MemberKind.MEMBER, "主任", 0},
      {"周桂芳", 1, MemberKind.MEMBER, "委员", 0},
      {"吴志刚", 2, MemberKind.MEMBER, "委员", 0},
      {"黄淑珍", 3, MemberKind.MEMBER, "委员", 0},
      {"杨德明", 4, MemberKind.MEMBER, "委员", 0},
      {"赵春燕", 5, MemberKind.MEMBER, "委员", 0},
      {"钱学文", 6, MemberKind.MEMBER, "副主任", 0},
      {"孔令红", 7, MemberKind.PARTY_VOLUNTEER, "党员志愿者", 0},
      {"冯德贵", 7, MemberKind.PARTY_VOLUNTEER, "党员志愿者", 0},
      {"何丽萍", 0, MemberKind.PARTNER, "合伙人", 0},
      {"郭玉兰", 8, MemberKind.MEMBER, "主任", 1},
      {"苏长青", 9, MemberKind.MEMBER, "委员", 1},
      {"田秀珍", 8, MemberKind.PARTY_VOLUNTEER, "党员志愿者", 1}
    };
    for (Object[] p : people) {
      AreaNode community = communities.get((Integer) p[4]);
      members.add(
          new Member((String) p[0], units.get((Integer) p[1]).getId(), (MemberKind) p[2], null)
              .placedIn(community.getId(), null)
              .titled((String) p[3], today.minusYears(3)));
    }
    Member left =
        new Member("罗晓梅", units.get(2).getId(), MemberKind.MEMBER, null)
            .placedIn(communities.get(0).getId(), null)
            .titled("委员", today.minusYears(4));
    left.leave(today.minusMonths(7));
    members.add(left);
    members.forEach(em::persist);
    return members;
  }

  /**
   * Every tagged resident is paired with a member of the resident's community (the grid worker of
   * the grid where there is one), with visits over the last months; some are past their cadence.
   */
  void pairings(
      Random random,
      List<Resident> residents,
      List<AreaNode> flats,
      List<Member> members,
      UserAccount official) {
    LocalDate today = LocalDate.now(clock);
    VisitForm[] forms = VisitForm.values();
    String[] notes = {"入户看望，身体状况稳定，询问了用药情况", "电话问候，老人反映楼道灯不亮", "座谈慰问，送去米面油", "帮助联系社区医生上门测血压"};
    for (Resident r : residents) {
      if (r.getTags() == null) {
        continue;
      }
      AreaNode flat = flats.stream().filter(f -> f.getId().equals(r.getFlatId())).findFirst().get();
      Member member =
          members.stream()
              .filter(m -> m.isActive() && flat.getGridId().equals(m.getGridId()))
              .findFirst()
              .orElseGet(
                  () ->
                      members.stream()
                          .filter(
                              m -> m.isActive() && flat.getCommunityId().equals(m.getCommunityId()))
                          .findFirst()
                          .orElse(members.get(0)));
      LocalDate start = today.minusDays(90 + random.nextInt(90));
      Pairing p =
          new Pairing(
              member.getId(),
              r.getId(),
              r.getTags(),
              flat.getCommunityId(),
              flat.getGridId(),
              start,
              official.getId(),
              start.atTime(9, 0));
      em.persist(p);
      em.flush();
      int cadence = r.getTags().equals("失独老人") || r.getTags().equals("特困老人") ? 14 : 30;
      LocalDate previous = start;
      LocalDate day = start.plusDays(5 + random.nextInt(cadence));
      while (day.isBefore(today.minusDays(random.nextInt(40)))) {
        em.persist(
            new PairingVisit(
                p,
                day,
                forms[random.nextInt(forms.length)],
                notes[random.nextInt(notes.length)],
                !day.isAfter(previous.plusDays(cadence)),
                member.getUserId() == null ? official.getId() : member.getUserId(),
                day.atTime(16, 0)));
        p.visited(day);
        previous = day;
        day = day.plusDays(cadence / 2 + random.nextInt(cadence));
      }
    }
  }

  /**
   * 办实事项目: greening 通渭路 before the National Day, claimed part by part by two units (one part still
   * open), and a finished and accepted street-light project.
   */
  void projects(
      AreaNode community,
      AreaNode grid,
      List<MemberUnit> units,
      UserAccount official,
      UserAccount handler) {
    LocalDateTime now = LocalDateTime.now(clock);
    Project greening =
        new Project(
            "通渭路绿化提升",
            "国庆前完成通渭路沿线补种绿植、修整花坛，改善居民出行环境",
            community.getId(),
            null,
            "通渭路（张掖路至武都路段）",
            now.toLocalDate().plusDays(30),
            official.getId(),
            now.minusDays(20));
    em.persist(greening);
    em.flush();
    ProjectPart east = new ProjectPart(greening.getId(), "东段补种绿植");
    east.claim(units.get(2).getId(), handler.getId(), now.minusDays(18));
    east.done("补种冬青 120 株", now.minusDays(3));
    ProjectPart west = new ProjectPart(greening.getId(), "西段花坛修整");
    west.claim(units.get(6).getId(), official.getId(), now.minusDays(15));
    em.persist(east);
    em.persist(west);
    em.persist(new ProjectPart(greening.getId(), "沿线绿化带浇水养护"));
    ProjectMilestone survey =
        new ProjectMilestone(greening.getId(), "现场踏勘", now.toLocalDate().minusDays(15));
    survey.reached(now.toLocalDate().minusDays(16), official.getId());
    em.persist(survey);
    em.persist(new ProjectMilestone(greening.getId(), "全线完工", now.toLocalDate().plusDays(25)));

    Project lights =
        new Project(
            "贤后街15号楼院加装路灯",
            "无物业老旧楼院夜间照明不足，加装太阳能路灯 6 盏",
            community.getId(),
            grid.getId(),
            "贤后街15号",
            now.toLocalDate().minusDays(10),
            official.getId(),
            now.minusDays(60));
    em.persist(lights);
    em.flush();
    ProjectPart whole = new ProjectPart(lights.getId(), "全部");
    whole.claim(units.get(0).getId(), official.getId(), now.minusDays(58));
    whole.done("6 盏路灯已安装并通电", now.minusDays(15));
    em.persist(whole);
    lights.complete("路灯安装完成，经楼院居民代表现场查看", now.minusDays(14));
    lights.accept(12, 11, "居民普遍反映夜间出行安全多了", now.minusDays(12));
  }

  /**
   * Last week's committee meeting of 大众巷社区: attendance, a free topic with a decision already done,
   * and, for one escalated case of the community, an open decision task for the property company
   * (the case stays with the committee until it is done).
   */
  void meeting(
      AreaNode community, List<MemberUnit> units, List<Member> members, UserAccount official) {
    LocalDateTime now = LocalDateTime.now(clock);
    Meeting m =
        new Meeting(
            community.getId(),
            "大众巷社区社工委第三季度例会",
            now.toLocalDate().minusDays(7),
            "社区党群服务中心二楼会议室",
            official.getId(),
            now.minusDays(10));
    m.recordMinutes("会议由社区党委书记主持，通报了三季度诉求办理情况，讨论了楼院环境整治和提交会议的疑难工单。", now.minusDays(7));
    em.persist(m);
    em.flush();
    for (Member member : members) {
      if (member.isActive() && community.getId().equals(member.getCommunityId())) {
        Invitee invitee = new Invitee(m.getId(), member.getId());
        invitee.attended(!"何丽萍".equals(member.getName()));
        em.persist(invitee);
      }
    }
    AgendaItem cleanUp = new AgendaItem(m.getId(), null, "国庆前楼院环境集中整治", now.minusDays(7));
    em.persist(cleanUp);
    em.flush();
    Decision done =
        new Decision(
            cleanUp,
            community.getId(),
            "红石榴志愿服务社组织周六楼院清扫",
            units.get(7).getId(),
            null,
            now.toLocalDate().minusDays(2),
            now.minusDays(7));
    done.done("清理楼道杂物 3 车，志愿者 18 人参加", official.getId(), now.minusDays(3));
    em.persist(done);
    List<WorkCase> escalated =
        em.createQuery(
                "select c from WorkCase c where c.state = :s and c.communityId = :c order by c.id",
                WorkCase.class)
            .setParameter("s", CaseState.ESCALATED)
            .setParameter("c", community.getId())
            .setMaxResults(1)
            .getResultList();
    for (WorkCase c : escalated) {
      AgendaItem item =
          new AgendaItem(
              m.getId(), c.getId(), c.getCaseNo() + " " + c.getDescription(), now.minusDays(7));
      em.persist(item);
      em.flush();
      Decision task =
          new Decision(
              item,
              community.getId(),
              "兰州安居物业公司牵头，业委会配合，两周内拿出维修方案",
              units.get(2).getId(),
              null,
              now.toLocalDate().plusDays(7),
              now.minusDays(7));
      em.persist(task);
      em.persist(
          new CaseHistory(
              c.getId(),
              official.getId(),
              now.minusDays(7),
              CaseState.ESCALATED,
              CaseState.ESCALATED,
              CaseAction.COMMITTEE_DECISION,
              task.getText()));
    }
  }

  /**
   * 志愿服务 in 大众巷社区: last Saturday's 通渭路楼院清扫 (members, a resident and a named volunteer) and the
   * 共享单车整理 the day after; the hospital's free health checks for ten residents (低保户 first) and its
   * home clinic visits to nine households who cannot go out.
   */
  void volunteering(
      AreaNode community,
      AreaNode grid,
      List<MemberUnit> units,
      List<Member> members,
      List<Resident> residents,
      List<AreaNode> flats,
      UserAccount official) {
    LocalDate today = LocalDate.now(clock);
    LocalDate saturday = today.minusDays(today.getDayOfWeek().getValue() + 1L);
    List<Member> ours =
        members.stream()
            .filter(m -> m.isActive() && community.getId().equals(m.getCommunityId()))
            .limit(4)
            .toList();
    List<Resident> local =
        residents.stream()
            .filter(
                r ->
                    flats.stream()
                        .anyMatch(
                            f ->
                                f.getId().equals(r.getFlatId())
                                    && community.getId().equals(f.getCommunityId())))
            .sorted(Comparator.comparing(r -> !"低保户".equals(r.getTags())))
            .toList();
    VolunteerActivity cleanup =
        new VolunteerActivity(
            community.getId(),
            grid.getId(),
            ActivityType.COURTYARD_CLEANUP,
            "通渭路楼院清扫",
            saturday.atTime(8, 30),
            "通渭路3号院、贤后街15号院",
            units.get(2).getId(),
            official.getId(),
            saturday.atTime(12, 0));
    VolunteerActivity bikes =
        new VolunteerActivity(
            community.getId(),
            null,
            ActivityType.BIKE_TIDYING,
            "共享单车整理",
            saturday.plusDays(1).atTime(9, 0),
            "张掖路步行街口",
            units.get(7).getId(),
            official.getId(),
            saturday.plusDays(1).atTime(11, 30));
    em.persist(cleanup);
    em.persist(bikes);
    em.flush();
    for (int i = 0; i < ours.size(); i++) {
      em.persist(
          new ActivityParticipant(
              cleanup.getId(),
              ours.get(i).getId(),
              null,
              null,
              new BigDecimal(i < 2 ? "3" : "2.5")));
    }
    if (!local.isEmpty()) {
      em.persist(
          new ActivityParticipant(
              cleanup.getId(),
              null,
              local.get(local.size() - 1).getId(),
              null,
              new BigDecimal("2")));
    }
    em.persist(
        new ActivityParticipant(bikes.getId(), null, null, "兰州大学志愿者 王晨", new BigDecimal("2")));
    em.persist(
        new ActivityParticipant(bikes.getId(), null, null, "兰州大学志愿者 刘畅", new BigDecimal("2")));
    if (!ours.isEmpty()) {
      em.persist(
          new ActivityParticipant(
              bikes.getId(), ours.get(0).getId(), null, null, new BigDecimal("1.5")));
    }
    if (local.isEmpty()) {
      return;
    }
    MemberUnit hospital = units.get(3);
    UnitServiceRecord checks =
        new UnitServiceRecord(
            community.getId(),
            null,
            hospital.getId(),
            ServiceType.FREE_HEALTH_CHECK,
            "低保户免费体检",
            today.minusDays(12),
            official.getId(),
            today.minusDays(12).atTime(17, 0));
    UnitServiceRecord clinic =
        new UnitServiceRecord(
            community.getId(),
            grid.getId(),
            hospital.getId(),
            ServiceType.HOME_CLINIC,
            "行动不便居民上门巡诊",
            today.minusDays(5),
            official.getId(),
            today.minusDays(5).atTime(17, 0));
    em.persist(checks);
    em.persist(clinic);
    em.flush();
    local.stream()
        .limit(10)
        .forEach(r -> em.persist(new ServiceRecipient(checks.getId(), r.getId())));
    HashSet<Long> households = new HashSet<>();
    for (int i = local.size() - 1; i >= 0 && households.size() < 9; i--) {
      if (households.add(local.get(i).getFlatId())) {
        em.persist(new ServiceRecipient(clinic.getId(), local.get(i).getId()));
      }
    }
  }
}
