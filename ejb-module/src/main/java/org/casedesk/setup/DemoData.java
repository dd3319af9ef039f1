package org.casedesk.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaNode;
import org.casedesk.cases.DemoCases;
import org.casedesk.categories.Channel;
import org.casedesk.members.Member;
import org.casedesk.members.MemberUnit;
import org.casedesk.members.UnitKind;
import org.casedesk.open311.ApiClientRepository;
import org.casedesk.open311.ApiClientService;
import org.casedesk.open311.NewApiClient;
import org.casedesk.reports.RebuildRequest.RunReason;
import org.casedesk.reports.SnapshotWriter;
import org.casedesk.residents.Resident;
import org.casedesk.shared.IdNumbers;
import org.casedesk.shared.PasswordHasher;
import org.casedesk.shared.Roles;
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
  @Inject private DemoCommittee committee;

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
    List<Member> members = committee.members(handlers, units, communities, grids);
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
    committee.pairings(new Random(20261129), residents, flats, members, official);
    committee.projects(communities.get(0), grids.get(0), units, official, handlers.get(0));
    committee.meeting(communities.get(0), units, members, official);
    committee.volunteering(
        communities.get(0), grids.get(0), units, members, residents, flats, official);
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
}
