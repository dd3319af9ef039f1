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
import org.casedesk.members.Member;
import org.casedesk.members.MemberUnit;
import org.casedesk.residents.Resident;
import org.casedesk.shared.IdNumbers;
import org.casedesk.shared.PasswordHasher;
import org.casedesk.shared.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo sub-district (张掖路街道) into an empty database when {@code casedesk.demo-data} is
 * true: two communities with grids, courtyards and flats, member units and members, residents, one
 * login per role and about 200 cases over the last 90 days in every state.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

  /** The password of every demo login (README). */
  public static final String DEMO_PASSWORD = "casedesk2026";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "马", "孙"
  };
  private static final String[] GIVEN = {
    "秀英", "建国", "桂兰", "志强", "淑芬", "海燕", "明", "军", "玉梅", "德华", "红", "春生"
  };
  private static final String[] TAGS = {"低保户", "老党员", "失独老人", "特困老人", "空巢", "高龄", "残疾", "困难群众"};

  @PersistenceContext private EntityManager em;
  @Inject private DemoCases demoCases;

  @Inject
  @ConfigProperty(name = "casedesk.demo-data", defaultValue = "false")
  private boolean enabled;

  @PostConstruct
  void load() {
    if (!enabled
        || em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult() > 0) {
      return;
    }
    Random random = new Random(20261128);
    AreaNode subdistrict = area(null, AreaKind.SUBDISTRICT, "张掖路街道");
    List<AreaNode> flats = new ArrayList<>();
    List<AreaNode> grids = new ArrayList<>();
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
            for (int floor = 1; floor <= 4; floor++) {
              flats.add(
                  area(
                      courtyard,
                      AreaKind.FLAT,
                      unit + "单元" + floor + "0" + (1 + random.nextInt(2)) + "室"));
            }
          }
        }
      }
    }
    List<MemberUnit> units = units(communities);
    // the old courtyards without a property company belong to a unit's housing office (产权单位)
    MemberUnit owner = new MemberUnit("兰州铁路局房产段", "RESIDENT_UNIT", null);
    em.persist(owner);
    em.flush();
    for (AreaNode flat : flats) {
      AreaNode courtyard = em.find(AreaNode.class, flat.getParentId());
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
    user("community", "赵敏", Roles.COMMUNITY_OFFICIAL, communities.get(0).getId(), null, null);
    user("subdistrict", "孙丽", Roles.SUBDISTRICT_OFFICIAL, null, null, null);
    user("admin", "系统管理员", Roles.ADMIN, null, null, null);
    em.flush();
    for (UserAccount handler : handlers) {
      em.persist(
          new Member(
              handler.getDisplayName(), units.get(0).getId(), "GRID_WORKER", handler.getId()));
    }
    String[] memberNames = {"马建华", "周桂芳", "吴志刚", "黄淑珍", "杨德明", "赵春燕"};
    for (int i = 0; i < memberNames.length; i++) {
      em.persist(
          new Member(
              memberNames[i],
              units.get(i % units.size()).getId(),
              i % 3 == 2 ? "PARTY_VOLUNTEER" : "MEMBER",
              null));
    }

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
    int cases = demoCases.generate(random, 200, residents, flats, helpdesk, handlers);
    LOG.info(
        () ->
            "Demo data loaded: "
                + flats.size()
                + " flats, "
                + residents.size()
                + " residents, "
                + cases
                + " cases");
  }

  private List<MemberUnit> units(List<AreaNode> communities) {
    Long first = communities.get(0).getId();
    List<MemberUnit> units =
        List.of(
            new MemberUnit("大众巷社区居委会", "RESIDENTS_COMMITTEE", first),
            new MemberUnit("大众巷12号院业委会", "OWNERS_COMMITTEE", first),
            new MemberUnit("兰州安居物业公司", "PROPERTY_COMPANY", first),
            new MemberUnit("市第一人民医院体检中心", "RESIDENT_UNIT", null),
            new MemberUnit("中国银行张掖路支行", "RESIDENT_UNIT", null),
            new MemberUnit("城关交警指挥中心", "RESIDENT_UNIT", null),
            new MemberUnit("市政管理局", "RESIDENT_UNIT", null),
            new MemberUnit("红石榴志愿服务社", "SOCIAL_ORGANISATION", null));
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
