package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.casedesk.areas.AreaAdminService;
import org.casedesk.areas.AreaKind;
import org.casedesk.cases.BatchRejectedException;
import org.casedesk.cases.CaseReadService;
import org.casedesk.cases.CaseState;
import org.casedesk.cases.CaseSummary;
import org.casedesk.cases.IntakeService;
import org.casedesk.cases.RegisterCase;
import org.casedesk.categories.Channel;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.Login;
import org.casedesk.it.support.ReportRuns;
import org.casedesk.it.support.TestData;
import org.casedesk.reports.JobExecutionItem;
import org.casedesk.reports.ReportJobs;
import org.casedesk.residents.NewResident;
import org.casedesk.setup.DatabaseMigration;
import org.casedesk.shared.BusinessException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Places, not only flats: the migration that splits "3单元404室" into the entrance "3单元" and the flat
 * "404室" (on PostgreSQL and H2), cases located at a public place, a grid, a courtyard or an
 * entrance, suggestion-box slips at a public place, and repeats by location counted by the report
 * job.
 */
@ExtendWith(ArquillianExtension.class)
class PlacesIT {

  private static final long TRAFFIC = 3;

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(PlacesIT.class, ReportRuns.class);
  }

  @Inject private IntakeService intake;
  @Inject private CaseReadService reads;
  @EJB private AreaAdminService areas;
  @EJB private ReportJobs jobs;
  @Inject private Login login;

  private static String key(Throwable e) {
    return ((BusinessException) e).getMessageKey();
  }

  private static RegisterCase at(long location, long category, String text, String detail) {
    return new RegisterCase(
        null, null, location, category, Channel.PHONE, text, true, null, null, null, null, detail);
  }

  /** A public place (公共区域) directly under the test grid. */
  private static long publicPlace(TestData d, String name) {
    long id = TestData.nextId("area_seq");
    TestData.update(
        "insert into area_node (id, parent_id, kind, name, community_id, grid_id)"
            + " values (?, ?, 'PUBLIC_PLACE', ?, ?, ?)",
        id,
        d.grid,
        name + d.suffix,
        d.community,
        d.grid);
    return id;
  }

  @Test
  void theMigrationSplitsOldFlatsIntoEntrancesAndKeepsTheirIds() throws Exception {
    String schema = "places_" + new TestData().suffix.replace("-", "");
    String url = System.getenv("CASEDESK_DB_URL");
    String user = System.getenv("CASEDESK_DB_USER");
    String password = System.getenv("CASEDESK_DB_PASSWORD");
    try {
      assertThat(migrateOldShape(url, user, password, schema, "postgresql"))
          .as("on PostgreSQL")
          .containsExactlyInAnyOrderElementsOf(EXPECTED_SHAPE);
    } finally {
      try (Connection c = DriverManager.getConnection(url, user, password);
          Statement s = c.createStatement()) {
        s.execute("drop schema if exists " + schema + " cascade");
      }
    }
    Class.forName("org.h2.Driver"); // the quick start's database, bundled with Payara Micro
    assertThat(
            migrateOldShape(
                "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1", "sa", "", "PUBLIC", "h2"))
        .as("on H2 (the quick start)")
        .containsExactlyInAnyOrderElementsOf(EXPECTED_SHAPE);
  }

  /**
   * The nodes below the grid after the migration (id, or "new" for an entrance the migration made:
   * kind name, parent as id or as entrance name@courtyard id), and the case and resident.
   */
  private static final List<String> EXPECTED_SHAPE =
      List.of(
          "4 COURTYARD 贤后街15号 parent=3",
          "5 FLAT 404室 parent=3单元@4",
          "6 FLAT 405室 parent=3单元@4",
          "7 FLAT 101室 parent=1单元@4",
          "8 FLAT 门卫室 parent=4",
          "9 COURTYARD 大众巷12号院 parent=3",
          "10 FLAT 404室 parent=3单元@9",
          "new ENTRANCE 1单元 parent=4",
          "new ENTRANCE 3单元 parent=4",
          "new ENTRANCE 3单元 parent=9",
          "case location=5 flat=5 grid=3",
          "resident flat=5");

  /**
   * A database at the schema before this feature (V44) with flats named the old way, then the rest
   * of the migrations: what an existing installation (the quick-start demo included) goes through.
   */
  private static List<String> migrateOldShape(
      String url, String user, String password, String schema, String vendor) throws Exception {
    Flyway flyway =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(url, user, password)
            .schemas(schema)
            .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
            .load();
    // the last version before this feature's migrations (V45–V49)
    MigrationVersion before =
        Arrays.stream(flyway.info().all())
            .map(MigrationInfo::getVersion)
            .filter(v -> v.compareTo(MigrationVersion.fromVersion("45")) < 0)
            .max(Comparator.naturalOrder())
            .orElseThrow();
    Flyway.configure(DatabaseMigration.class.getClassLoader())
        .dataSource(url, user, password)
        .schemas(schema)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
        .target(before)
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute(
          "postgresql".equals(vendor) ? "set search_path to " + schema : "set schema " + schema);
      s.execute(
          "insert into area_node (id, parent_id, kind, name, community_id, grid_id) values"
              + " (1, null, 'SUBDISTRICT', '张掖路街道', null, null),"
              + " (2, 1, 'COMMUNITY', '大众巷社区', 2, null),"
              + " (3, 2, 'GRID', '大众巷第一网格', 2, 3),"
              + " (4, 3, 'COURTYARD', '贤后街15号', 2, 3),"
              + " (5, 4, 'FLAT', '3单元404室', 2, 3),"
              + " (6, 4, 'FLAT', '3单元405室', 2, 3),"
              + " (7, 4, 'FLAT', '1单元101室', 2, 3),"
              + " (8, 4, 'FLAT', '门卫室', 2, 3),"
              + " (9, 3, 'COURTYARD', '大众巷12号院', 2, 3),"
              + " (10, 9, 'FLAT', '3单元404室', 2, 3)");
      s.execute(
          "insert into app_user (id, username, password_hash, display_name, role)"
              + " values (1, 'desk', 'x', '张伟', 'HELPDESK')");
      s.execute(
          "insert into resident (id, name, phone, id_number, flat_id)"
              + " values (1, '王秀英', '', '', 5)");
      s.execute(
          "insert into work_case (id, case_no, resident_id, flat_id, grid_id, community_id,"
              + " category_id, channel, description, state, created_by, accepted_at)"
              + " values (1, 'M1', 1, 5, 3, 2, 2, 'PHONE', '停水', 'ACCEPTED', 1,"
              + " timestamp '2026-11-02 09:00:00')");
    }
    Flyway.configure(DatabaseMigration.class.getClassLoader())
        .dataSource(url, user, password)
        .schemas(schema)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
        .load()
        .migrate();
    List<String> shape = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute(
          "postgresql".equals(vendor) ? "set search_path to " + schema : "set schema " + schema);
      try (ResultSet r =
          s.executeQuery(
              "select case when a.id < 50 then cast(a.id as varchar(20)) else 'new' end, a.kind,"
                  + " a.name, case when p.kind = 'ENTRANCE' then p.name || '@' || p.parent_id"
                  + " else cast(p.id as varchar(20)) end"
                  + " from area_node a join area_node p on p.id = a.parent_id"
                  + " where a.kind in ('COURTYARD', 'ENTRANCE', 'FLAT')")) {
        while (r.next()) {
          shape.add(
              r.getString(1)
                  + " "
                  + r.getString(2)
                  + " "
                  + r.getString(3)
                  + " parent="
                  + r.getString(4));
        }
      }
      try (ResultSet r =
          s.executeQuery("select location_id, flat_id, grid_id from work_case where id = 1")) {
        r.next();
        shape.add(
            "case location=" + r.getLong(1) + " flat=" + r.getLong(2) + " grid=" + r.getLong(3));
      }
      try (ResultSet r = s.executeQuery("select flat_id from resident where id = 1")) {
        r.next();
        shape.add("resident flat=" + r.getLong(1));
      }
    }
    return shape;
  }

  @Test
  void aCaseAtAPublicPlaceHasNoFlatButItsGridAndItsDetail() {
    TestData d = TestData.create();
    long gate = publicPlace(d, "通渭路小学校门");
    login.as(d.helpdesk);
    long id = intake.register(at(gate, TRAFFIC, "上下学时段校门口车辆乱停", "校门东侧"));

    assertThat(
            TestData.queryString(
                "select location_id || ' ' || coalesce(flat_id, 0) || ' ' || grid_id || ' '"
                    + " || community_id || ' ' || location_detail from work_case where id = ?",
                id))
        .isEqualTo(gate + " 0 " + d.grid + " " + d.community + " 校门东侧");
    assertThat(reads.detail(id).address())
        .isEqualTo("测试社区" + d.suffix + " 测试网格" + d.suffix + " 通渭路小学校门" + d.suffix + "（校门东侧）");
    assertThat(reads.detail(id).state())
        .as("dispatched to the grid's handler like any case")
        .isEqualTo(CaseState.DISPATCHED);
    assertThat(TestData.queryLong("select handler_id from work_case where id = ?", id))
        .isEqualTo(TestData.userId(d.handler));

    // the duplicate hint: the same place and category; not another place, not the courtyard
    long square = publicPlace(d, "山字石广场");
    assertThat(intake.likelyDuplicates(gate, TRAFFIC))
        .extracting(CaseSummary::id, CaseSummary::address)
        .containsExactly(tuple(id, "通渭路小学校门" + d.suffix + "（校门东侧）"));
    assertThat(intake.likelyDuplicates(square, TRAFFIC)).isEmpty();
    assertThat(intake.likelyDuplicates(d.flat, TRAFFIC)).isEmpty();

    // a named caller at a public place is a new resident without a flat
    long named =
        intake.register(
            new RegisterCase(
                null,
                new NewResident("赵大妈", "13912345678", null),
                gate,
                TRAFFIC,
                Channel.WINDOW,
                "校门口早高峰拥堵",
                false));
    assertThat(
            TestData.queryLong(
                "select count(*) from resident r join work_case c on c.resident_id = r.id"
                    + " where c.id = ? and r.flat_id is null",
                named))
        .isEqualTo(1);
  }

  @Test
  void everyLevelFromTheGridDownIsALocationAndNothingAboveItIs() {
    TestData d = TestData.create();
    login.as(d.admin);
    long entrance = areas.addChild(d.courtyard, AreaKind.ENTRANCE, "2单元");
    long flat = areas.addChild(entrance, AreaKind.FLAT, "201室");
    long market = areas.addChild(d.grid, AreaKind.PUBLIC_PLACE, "大众巷菜市场" + d.suffix);
    assertThat(
            TestData.queryString(
                "select kind || ' ' || parent_id || ' ' || grid_id from area_node where id = ?",
                flat))
        .isEqualTo("FLAT " + entrance + " " + d.grid);
    assertThat(
            TestData.queryString(
                "select kind || ' ' || parent_id || ' ' || community_id from area_node where id = ?",
                market))
        .isEqualTo("PUBLIC_PLACE " + d.grid + " " + d.community);
    assertThat(areas.flats(entrance)).extracting(r -> r.name()).containsExactly("201室");
    assertThatThrownBy(() -> areas.addChild(market, AreaKind.FLAT, "101室"))
        .isInstanceOf(BusinessException.class)
        .extracting(PlacesIT::key)
        .isEqualTo("area.parent.invalid");
    assertThatThrownBy(() -> areas.addChild(d.grid, AreaKind.ENTRANCE, "3单元"))
        .isInstanceOf(BusinessException.class)
        .extracting(PlacesIT::key)
        .isEqualTo("area.parent.invalid");
    long marketVersion =
        areas.outline().stream().filter(r -> r.id() == market).findFirst().orElseThrow().version();
    areas.rename(market, marketVersion, "大众巷农贸市场" + d.suffix);

    login.as(d.helpdesk);
    for (long location : List.of(d.grid, d.courtyard, entrance, flat, market)) {
      long id = intake.register(at(location, TRAFFIC, "车辆乱停", null));
      assertThat(
              TestData.queryString(
                  "select location_id || ' ' || coalesce(flat_id, 0) || ' ' || grid_id"
                      + " from work_case where id = ?",
                  id))
          .isEqualTo(location + " " + (location == flat ? flat : 0) + " " + d.grid);
    }
    assertThat(intake.likelyDuplicates(flat, TRAFFIC))
        .as("in a courtyard the hint covers the courtyard, so a neighbour can be merged")
        .hasSize(3);
    assertThat(intake.likelyDuplicates(market, TRAFFIC))
        .extracting(CaseSummary::address)
        .containsExactly("大众巷农贸市场" + d.suffix);
    assertThat(intake.likelyDuplicates(d.grid, TRAFFIC))
        .extracting(CaseSummary::address)
        .containsExactly("测试网格" + d.suffix);
    assertThat(intake.likelyDuplicates(d.flat, TRAFFIC))
        .extracting(CaseSummary::address)
        .contains("测试楼院" + d.suffix + " 2单元 201室", "测试楼院" + d.suffix + " 2单元");

    long before = TestData.queryLong("select count(*) from work_case where grid_id = ?", d.grid);
    assertThatThrownBy(() -> intake.register(at(d.community, TRAFFIC, "社区层级", null)))
        .isInstanceOf(BusinessException.class)
        .extracting(PlacesIT::key)
        .isEqualTo("case.location.invalid");
    assertThatThrownBy(() -> intake.register(at(market, TRAFFIC, "太长", "东".repeat(201))))
        .isInstanceOf(EJBException.class);
    assertThatThrownBy(
            () -> intake.registerBatch(List.of(at(market, TRAFFIC, "太长", "东".repeat(201)))))
        .isInstanceOfSatisfying(
            BatchRejectedException.class,
            e ->
                assertThat(e.getRowErrors())
                    .containsEntry(0, List.of("{case.locationDetail.size}")));
    assertThatThrownBy(
            () ->
                intake.register(
                    new RegisterCase(
                        null,
                        null,
                        d.otherFlat,
                        TRAFFIC,
                        Channel.PHONE,
                        "别的网格",
                        true,
                        null,
                        null,
                        d.grid,
                        null,
                        null)))
        .isInstanceOf(BusinessException.class)
        .extracting(PlacesIT::key)
        .isEqualTo("case.flat.outsideGrid");
    assertThat(TestData.queryLong("select count(*) from work_case where grid_id = ?", d.grid))
        .as("bad input changes nothing")
        .isEqualTo(before);
  }

  @Test
  void suggestionBoxSlipsMayBeAboutAPublicPlace() {
    TestData d = TestData.create();
    long gate = publicPlace(d, "通渭路小学校门");
    login.as(d.helpdesk);
    List<Long> ids =
        intake.registerBatch(
            List.of(at(gate, TRAFFIC, "校门口接送车辆乱停", null), at(d.flat, 2, "水管漏水", null)));
    assertThat(ids).hasSize(2);
    assertThat(
            TestData.queryString(
                "select channel || ' ' || location_id || ' ' || coalesce(flat_id, 0)"
                    + " from work_case where id = ?",
                ids.get(0)))
        .isEqualTo("SUGGESTION_BOX " + gate + " 0");
    assertThat(reads.detail(ids.get(0)).state()).isEqualTo(CaseState.DISPATCHED);
  }

  /**
   * Repeats (重复诉求) counted by the report job: the same flat, or the same node when there is no
   * flat, and the same category, the earlier one accepted within the 30 days before.
   */
  @Test
  void aRepeatAtTheSamePublicPlaceIsCountedByTheReportJob() throws Exception {
    TestData d = TestData.create();
    long gate = publicPlace(d, "通渭路小学校门");
    long square = publicPlace(d, "山字石广场");
    login.as(d.helpdesk);
    // 11-02 the school gate; 11-16 the gate again: a repeat (14 days later)
    registerOn(at(gate, TRAFFIC, "校门口车辆乱停", "东侧"), "2026-11-02T08:00");
    registerOn(at(gate, TRAFFIC, "校门口又堵了", "西侧"), "2026-11-16T08:00");
    // 11-16 the square: another place, not a repeat; 11-17 the grid itself: another node
    registerOn(at(square, TRAFFIC, "广场周边车辆乱停", null), "2026-11-16T09:00");
    registerOn(at(d.grid, TRAFFIC, "网格内车辆乱停", null), "2026-11-17T09:00");
    // 11-18 and 11-19 two flats of the same courtyard: not the same flat, not a repeat
    registerOn(at(d.flat, TRAFFIC, "楼下车辆堵门", null), "2026-11-18T09:00");
    registerOn(at(d.neighbourFlat, TRAFFIC, "楼下车辆堵门", null), "2026-11-19T09:00");
    // 11-20 the gate with another category: not a repeat
    registerOn(at(gate, 4, "校门口垃圾", null), "2026-11-20T09:00");

    login.as(d.admin);
    JobExecutionItem run =
        ReportRuns.runAndWait(
            jobs, jobs.startReport(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20), null));
    assertThat(run.status()).isEqualTo("COMPLETED");
    assertThat(facts(d, "accepted", "2026-11-01", "2026-11-20")).isEqualTo(7);
    assertThat(facts(d, "repeated", "2026-11-16", "2026-11-16")).isEqualTo(1);
    assertThat(facts(d, "repeated", "2026-11-01", "2026-11-20"))
        .as("only the school gate's second case")
        .isEqualTo(1);
  }

  private void registerOn(RegisterCase input, String acceptedAt) {
    long id = intake.register(input);
    TestData.update(
        "update work_case set accepted_at = ? where id = ?", LocalDateTime.parse(acceptedAt), id);
  }

  private static long facts(TestData d, String column, String from, String to) {
    return TestData.queryLong(
        "select coalesce(sum("
            + column
            + "), 0) from report_daily where grid_id = ?"
            + " and report_day between ? and ?",
        d.grid,
        LocalDate.parse(from),
        LocalDate.parse(to));
  }
}
