package org.casedesk.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaNode;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.cases.CaseAction;
import org.casedesk.cases.CaseHistory;
import org.casedesk.cases.CaseState;
import org.casedesk.cases.DemoCases;
import org.casedesk.cases.WorkCase;
import org.casedesk.categories.Channel;
import org.casedesk.meetings.AgendaItem;
import org.casedesk.meetings.Decision;
import org.casedesk.meetings.Invitee;
import org.casedesk.meetings.Meeting;
import org.casedesk.members.Member;
import org.casedesk.members.MemberKind;
import org.casedesk.members.MemberUnit;
import org.casedesk.members.UnitKind;
import org.casedesk.open311.ApiClientRepository;
import org.casedesk.open311.ApiClientService;
import org.casedesk.open311.NewApiClient;
import org.casedesk.pairing.Pairing;
import org.casedesk.pairing.PairingVisit;
import org.casedesk.pairing.VisitForm;
import org.casedesk.projects.Project;
import org.casedesk.projects.ProjectMilestone;
import org.casedesk.projects.ProjectPart;
import org.casedesk.reports.RebuildRequest.RunReason;
import org.casedesk.reports.SnapshotWriter;
import org.casedesk.residents.Resident;
import org.casedesk.shared.IdNumbers;
import org.casedesk.shared.PasswordHasher;
import org.casedesk.shared.Roles;
import org.casedesk.volunteer.ActivityParticipant;
import org.casedesk.volunteer.ActivityType;
import org.casedesk.volunteer.ServiceRecipient;
import org.casedesk.volunteer.ServiceType;
import org.casedesk.volunteer.UnitServiceRecord;
import org.casedesk.volunteer.VolunteerActivity;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo sub-district (张掖路街道) into an empty database when {@code casedesk.demo-data} is
 * true: two communities with grids, courtyards with entrances (单元) and flats, public places (公共区域),
 * member units and members, residents, one login per role and about 200 cases over the last 90 days
 * in every state, some of them at public places, reported up to yesterday.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

  /** The password of every demo login (README). */
  public static final String DEMO_PASSWORD = "casedesk2026";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  /** 公共区域 per grid, in the order of the grids. */
  private static final String[][] PUBLIC_PLACES = {
    {"通渭路小学校门", "大众巷菜市场"}, {"贤后街东段"}, {"山字石广场"}, {"武都路山字石段"}
  };

  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "马", "孙"
  };
  private static final String[] GIVEN = {
    "秀英", "建国", "桂兰", "志强", "淑芬", "海燕", "明", "军", "玉梅", "德华", "红", "春生"
  };
  private static final String[] TAGS = {
    "低保户", "老党员", "失独老人", "特困老人", "空巢", "高龄", "残疾", "困难群众", "长期患病"
  };

  @PersistenceContext private EntityManager em;
  @Inject private DemoCases demoCases;
  @Inject private ApiClientRepository apiClients;
  @Inject private SnapshotWriter snapshots;

  @Inject
  @ConfigProperty(name = "casedesk.demo-data", defaultValue = "false")
  private boolean enabled;

  @PostConstruct
  void load() {
    if (!enabled
        || em.createQuery("select count(u) from UserAccount u where u.role <> :api", Long.class)
                .setParameter("api", ApiClientService.API_ROLE)
                .getSingleResult()
            > 0) {
      return;
    }
    Random random = new Random(20261128);
    AreaNode subdistrict = area(null, AreaKind.SUBDISTRICT, "张掖路街道");
    List<AreaNode> flats = new ArrayList<>();
    List<AreaNode> grids = new ArrayList<>();
    List<AreaNode> places = new ArrayList<>();
    String[][] courtyards = {
      {"贤后街15号", "大众巷12号院"}, {"大众巷38号", "贤后街7号院"},
      {"山字石北街21号", "山字石南街5号院"}, {"武都路88号", "山字石中街3号"}
    };
    String[] communityNames = {"大众巷社区", "山字石社区"};
    List<AreaNode> communities = new ArrayList<>();
    for (int c = 0; c < communityNames.length; c++) {
      AreaNode community = area(subdistrict, AreaKind.COMMUNITY, communityNames[c]);
      communities.add(community);
      for (int g = 0; g < 2; g++) {
        AreaNode grid =
            area(
                community,
                AreaKind.GRID,
                communityNames[c].replace("社区", "") + "第" + "一二".charAt(g) + "网格");
        grids.add(grid);
        for (String courtyardName : courtyards[c * 2 + g]) {
          AreaNode courtyard = area(grid, AreaKind.COURTYARD, courtyardName);
          courtyard.setNoPropertyCompany(
              courtyardName.endsWith("15号") || courtyardName.endsWith("3号"));
          for (int unit = 1; unit <= 3; unit++) {
            AreaNode entrance = area(courtyard, AreaKind.ENTRANCE, unit + "单元");
            for (int floor = 1; floor <= 4; floor++) {
              flats.add(area(entrance, AreaKind.FLAT, floor + "0" + (1 + random.nextInt(2)) + "室"));
            }
          }
        }
        for (String place : PUBLIC_PLACES[c * 2 + g]) {
          places.add(area(grid, AreaKind.PUBLIC_PLACE, place));
        }
      }
    }
    List<MemberUnit> units = units(communities);
    // the old courtyards without a property company belong to a unit's housing office (产权单位)
    MemberUnit owner = new MemberUnit("兰州铁路局房产段", UnitKind.OWNING_UNIT, null);
    em.persist(owner);
    em.flush();
    for (AreaNode flat : flats) {
      AreaNode entrance = em.find(AreaNode.class, flat.getParentId());
      AreaNode courtyard = em.find(AreaNode.class, entrance.getParentId());
      if (courtyard.isNoPropertyCompany() && courtyard.getOwnerUnitId() == null) {
        courtyard.ownedBy(owner.getId());
      }
    }
    // Ids are plain columns, not JPA relationships: flush parents before the rows that refer
    // to them, so the foreign keys hold whatever order EclipseLink writes in.
    em.flush();

    UserAccount helpdesk = user("helpdesk", "张伟", Roles.HELPDESK, null, null, null);
    List<UserAccount> handlers = new ArrayList<>();
    String[][] handlerNames = {
      {"handler", "李娜"}, {"wang.fang", "王芳"}, {"liu.yang", "刘洋"}, {"chen.jing", "陈静"}
    };
    for (int i = 0; i < grids.size(); i++) {
      AreaNode grid = grids.get(i);
      UserAccount handler =
          user(
              handlerNames[i][0],
              handlerNames[i][1],
              Roles.HANDLER,
              grid.getCommunityId(),
              grid.getId(),
              units.get(0).getId());
      handlers.add(handler);
    }
    // member-unit staff: the owning unit's housing officer (no grid)
    user("fangchan", "赵建军", Roles.HANDLER, null, null, owner.getId());
    UserAccount official =
        user("community", "赵敏", Roles.COMMUNITY_OFFICIAL, communities.get(0).getId(), null, null);
    user("subdistrict", "孙丽", Roles.SUBDISTRICT_OFFICIAL, null, null, null);
    user("admin", "系统管理员", Roles.ADMIN, null, null, null);
    em.flush();
    List<Member> members = members(handlers, units, communities, grids);
    em.flush();

    List<Resident> residents = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
      String phone =
          "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
      String birth =
          String.format(
              "19%02d%02d%02d",
              35 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
      String first17 = "620102" + birth + String.format("%03d", random.nextInt(1000));
      Resident r =
          new Resident(
              name,
              phone,
              first17 + IdNumbers.checkDigit(first17),
              flats.get(random.nextInt(flats.size())).getId());
      if (i % 4 == 0) {
        r.tagged(TAGS[random.nextInt(TAGS.length)]);
      }
      em.persist(r);
      residents.add(r);
    }
    em.flush();
    int cases =
        demoCases.generate(random, 200, residents, flats, helpdesk, handlers)
            + demoCases.atPublicPlaces(new Random(20261201), places, helpdesk, handlers);
    pairings(new Random(20261129), residents, flats, members, official);
    projects(communities.get(0), grids.get(0), units, official, handlers.get(0));
    meeting(communities.get(0), units, members, official);
    volunteering(communities.get(0), grids.get(0), units, members, residents, flats, official);
    // the 12345 platform's Open311 client, with a key known from the README
    apiClients.register(
        new NewApiClient("12345市民服务热线平台", Channel.HOTLINE_12345, 600), "demo-12345-key");
    // a newcomer's report is not empty: every demo day is reported at once, by the job's own
    // rebuild in this transaction (not by starting the batch job while the server is starting)
    em.flush();
    int reportRows = snapshots.rebuildUpToYesterday(RunReason.DEMO_DATA);
    LOG.info(() -> "Demo days reported: " + reportRows + " daily report rows");
    LOG.info(
        () ->
            "Demo data loaded: "
                + flats.size()
                + " flats, "
                + places.size()
                + " public places, "
                + residents.size()
                + " residents, "
                + cases
                + " cases");
  }

  private List<MemberUnit> units(List<AreaNode> communities) {
    Long first = communities.get(0).getId();
    Long second = communities.get(1).getId();
    List<MemberUnit> units =
        List.of(
            new MemberUnit("大众巷社区居委会", UnitKind.RESIDENTS_COMMITTEE, first),
            new MemberUnit("大众巷12号院业委会", UnitKind.OWNERS_COMMITTEE, first),
            new MemberUnit("兰州安居物业公司", UnitKind.PROPERTY_COMPANY, first),
            new MemberUnit("市第一人民医院体检中心", UnitKind.RESIDENT_UNIT, null),
            new MemberUnit("中国银行张掖路支行", UnitKind.RESIDENT_UNIT, null),
            new MemberUnit("城关交警指挥中心", UnitKind.RESIDENT_UNIT, null),
            new MemberUnit("市政管理局", UnitKind.RESIDENT_UNIT, null),
            new MemberUnit("红石榴志愿服务社", UnitKind.SOCIAL_ORGANISATION, null),
            new MemberUnit("山字石社区居委会", UnitKind.RESIDENTS_COMMITTEE, second),
            new MemberUnit("甘肃省建一公司（产权单位）", UnitKind.OWNING_UNIT, second));
    units
        .get(0)
        .change(units.get(0).getName(), UnitKind.RESIDENTS_COMMITTEE, first, "0931-8461234");
    units.get(3).change(units.get(3).getName(), UnitKind.RESIDENT_UNIT, null, "体检中心 张主任");
    units.forEach(em::persist);
    return units;
  }

  /**
   * The grid workers (one per handler login), 委员 of the units with their positions, party-member
   * volunteers, a partner, and one member who left in the spring (kept with her history).
   */
  private List<Member> members(
      List<UserAccount> handlers,
      List<MemberUnit> units,
      List<AreaNode> communities,
      List<AreaNode> grids) {
    List<Member> members = new ArrayList<>();
    LocalDate today = LocalDate.now(WorkCalendar.ZONE);
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
  private void pairings(
      Random random,
      List<Resident> residents,
      List<AreaNode> flats,
      List<Member> members,
      UserAccount official) {
    LocalDate today = LocalDate.now(WorkCalendar.ZONE);
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
  private void projects(
      AreaNode community,
      AreaNode grid,
      List<MemberUnit> units,
      UserAccount official,
      UserAccount handler) {
    LocalDateTime now = LocalDateTime.now(WorkCalendar.ZONE);
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
  private void meeting(
      AreaNode community, List<MemberUnit> units, List<Member> members, UserAccount official) {
    LocalDateTime now = LocalDateTime.now(WorkCalendar.ZONE);
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

  private AreaNode area(AreaNode parent, AreaKind kind, String name) {
    AreaNode node = new AreaNode(parent, kind, name);
    em.persist(node);
    node.scopeToSelf();
    em.flush(); // children refer to it by id
    return node;
  }

  private UserAccount user(
      String username, String name, String role, Long community, Long grid, Long unit) {
    UserAccount u =
        new UserAccount(username, PasswordHasher.hash(DEMO_PASSWORD.toCharArray()), name, role)
            .scopedTo(community, grid, unit);
    em.persist(u);
    return u;
  }

  /**
   * 志愿服务 in 大众巷社区: last Saturday's 通渭路楼院清扫 (members, a resident and a named volunteer) and the
   * 共享单车整理 the day after; the hospital's free health checks for ten residents (低保户 first) and its
   * home clinic visits to nine households who cannot go out.
   */
  private void volunteering(
      AreaNode community,
      AreaNode grid,
      List<MemberUnit> units,
      List<Member> members,
      List<Resident> residents,
      List<AreaNode> flats,
      UserAccount official) {
    LocalDate today = LocalDate.now(WorkCalendar.ZONE);
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
