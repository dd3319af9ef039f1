package org.casedesk.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.casedesk.shared.PasswordHasher;

/**
 * Each test's own data, written with plain JDBC into the test PostgreSQL: a community with one
 * grid, courtyard and flat, and one user per role. Names carry a random suffix so tests never see
 * each other's rows. Works in the test JVM and inside Payara Micro (both get CASEDESK_DB_*).
 */
public final class TestData {

  /** Every test user's password. Hashed with few iterations to keep tests fast. */
  public static final String PASSWORD = "test-secret-1";

  public final String suffix = UUID.randomUUID().toString().substring(0, 8);
  public long community;
  public long grid;
  public long courtyard;
  public long flat;
  public long otherCommunity;
  public long otherFlat;
  public String helpdesk;
  public String handler;
  public String communityOfficial;
  public String otherOfficial;
  public String otherHandler;
  public String subdistrictOfficial;

  /** A second handler of the same grid, and the member unit the two test handlers work for. */
  public String gridColleague;

  public long unit;
  public String admin;

  /** Another flat of the same courtyard (duplicates are per courtyard). */
  public long neighbourFlat;

  /**
   * A courtyard of the grid without a property company (无物业老旧楼院), its flat, its owning unit (产权单位)
   * and that unit's staff: a HANDLER with a member unit and no grid, and a colleague.
   */
  public long oldCourtyard;

  public long oldFlat;
  public long ownerUnit;
  public String unitStaff;
  public String unitColleague;
  public long categoryWater = 2;

  public static TestData create() {
    TestData d = new TestData();
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      long subdistrict = area(c, null, "SUBDISTRICT", "测试街道" + d.suffix, null, null);
      d.community = area(c, subdistrict, "COMMUNITY", "测试社区" + d.suffix, null, null);
      d.grid = area(c, d.community, "GRID", "测试网格" + d.suffix, d.community, null);
      d.courtyard = area(c, d.grid, "COURTYARD", "测试楼院" + d.suffix, d.community, d.grid);
      d.flat = area(c, d.courtyard, "FLAT", "1单元101室", d.community, d.grid);
      d.otherCommunity = area(c, subdistrict, "COMMUNITY", "另一社区" + d.suffix, null, null);
      long otherGrid = area(c, d.otherCommunity, "GRID", "另一网格" + d.suffix, d.otherCommunity, null);
      long otherCourtyard =
          area(c, otherGrid, "COURTYARD", "另一楼院" + d.suffix, d.otherCommunity, otherGrid);
      d.otherFlat = area(c, otherCourtyard, "FLAT", "2单元202室", d.otherCommunity, otherGrid);
      d.helpdesk = user(c, "hd-" + d.suffix, "HELPDESK", null, null);
      d.handler = user(c, "hn-" + d.suffix, "HANDLER", d.community, d.grid);
      d.communityOfficial = user(c, "co-" + d.suffix, "COMMUNITY_OFFICIAL", d.community, null);
      d.otherOfficial = user(c, "oo-" + d.suffix, "COMMUNITY_OFFICIAL", d.otherCommunity, null);
      d.otherHandler = user(c, "oh-" + d.suffix, "HANDLER", d.otherCommunity, otherGrid);
      d.subdistrictOfficial = user(c, "so-" + d.suffix, "SUBDISTRICT_OFFICIAL", null, null);
      d.gridColleague = user(c, "hc-" + d.suffix, "HANDLER", d.community, d.grid);
      d.unit = unit(c, "测试物业" + d.suffix, "PROPERTY_COMPANY", d.community);
      try (PreparedStatement s =
          c.prepareStatement("update app_user set member_unit_id = ? where username in (?, ?)")) {
        s.setLong(1, d.unit);
        s.setString(2, d.handler);
        s.setString(3, d.otherHandler);
        s.executeUpdate();
      }
      d.admin = user(c, "ad-" + d.suffix, "ADMIN", null, null);
      d.neighbourFlat = area(c, d.courtyard, "FLAT", "1单元102室", d.community, d.grid);
      d.ownerUnit = unit(c, "测试产权单位" + d.suffix, "OWNING_UNIT", d.community);
      d.oldCourtyard = area(c, d.grid, "COURTYARD", "老旧楼院" + d.suffix, d.community, d.grid);
      update(
          c,
          "update area_node set no_property_company = true, owner_unit_id = ? where id = ?",
          d.ownerUnit,
          d.oldCourtyard);
      d.oldFlat = area(c, d.oldCourtyard, "FLAT", "3单元404室", d.community, d.grid);
      d.unitStaff = user(c, "us-" + d.suffix, "HANDLER", d.community, null);
      d.unitColleague = user(c, "uc-" + d.suffix, "HANDLER", d.community, null);
      update(
          c,
          "update app_user set member_unit_id = ? where username in (?, ?)",
          d.ownerUnit,
          d.unitStaff,
          d.unitColleague);
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return d;
  }

  /** A resident at the test flat with vulnerable-group tags (pairing). */
  public long resident(String name, String phone, String tags) {
    try (Connection c = connect()) {
      long id = nextId(c, "resident_seq");
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into resident (id, name, phone, id_number, flat_id, tags) values (?, ?, ?, '', ?, ?)")) {
        s.setLong(1, id);
        s.setString(2, name);
        s.setString(3, phone);
        s.setLong(4, flat);
        s.setString(5, tags);
        s.executeUpdate();
      }
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One value from a query, for checks straight on the database. */
  public static long queryLong(String sql, Object... parameters) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : -1;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One text value from a query. */
  public static String queryString(String sql, Object... parameters) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Changes data behind the application's back, e.g. to move a case's dates into the past. */
  public static int update(String sql, Object... parameters) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The id of a test user. */
  public static long userId(String username) {
    return queryLong("select id from app_user where username = ?", username);
  }

  private static long unit(Connection c, String name, String kind, long community)
      throws SQLException {
    long id = nextId(c, "unit_seq");
    update(
        c,
        "insert into member_unit (id, name, kind, community_id) values (?, ?, ?, ?)",
        id,
        name,
        kind,
        community);
    return id;
  }

  private static void update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      s.executeUpdate();
    }
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        setting("CASEDESK_DB_URL", "test.db.url"),
        setting("CASEDESK_DB_USER", "test.db.user"),
        setting("CASEDESK_DB_PASSWORD", "test.db.password"));
  }

  private static String setting(String env, String property) {
    String value = System.getenv(env);
    return value == null || value.isBlank() ? System.getProperty(property) : value;
  }

  /** A fresh id from one of the schema's sequences, for rows written straight to the database. */
  public static long nextId(String sequence) {
    try (Connection c = connect()) {
      return nextId(c, sequence);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long nextId(Connection c, String sequence) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("select nextval('" + sequence + "')");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private static long area(
      Connection c, Long parent, String kind, String name, Long community, Long grid)
      throws SQLException {
    long id = nextId(c, "area_seq");
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into area_node (id, parent_id, kind, name, community_id, grid_id) values (?, ?, ?, ?, ?, ?)")) {
      s.setLong(1, id);
      s.setObject(2, parent);
      s.setString(3, kind);
      s.setString(4, name);
      s.setObject(5, "COMMUNITY".equals(kind) ? Long.valueOf(id) : community);
      s.setObject(6, "GRID".equals(kind) ? Long.valueOf(id) : grid);
      s.executeUpdate();
    }
    return id;
  }

  private static String user(Connection c, String username, String role, Long community, Long grid)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into app_user (id, username, password_hash, display_name, role, community_id, grid_id)"
                + " values (?, ?, ?, ?, ?, ?, ?)")) {
      s.setLong(1, nextId(c, "user_seq"));
      s.setString(2, username);
      s.setString(3, PasswordHasher.hash(PASSWORD.toCharArray(), 1_000));
      s.setString(4, "测试" + role);
      s.setString(5, role);
      s.setObject(6, community);
      s.setObject(7, grid);
      s.executeUpdate();
    }
    return username;
  }
}
