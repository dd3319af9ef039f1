package org.casedesk.load;

import java.util.ArrayList;
import java.util.List;
import org.casedesk.it.support.TestData;
import org.casedesk.shared.PasswordHasher;

/**
 * The people and places of a load test, written to the database before it starts: the test data's
 * help desk and community, and per handler a grid of its own (a courtyard with one flat) whose only
 * handler it is, so the routing dispatches every case registered there to that handler, and no two
 * virtual handlers ever act on the same case.
 */
final class LoadData {

  /** One handler's grid: what the help desk picks on the register page, and who handles it. */
  record Grid(long grid, long courtyard, long flat, String handler) {}

  final TestData d;
  final List<Grid> grids = new ArrayList<>();

  LoadData(int handlers) {
    d = TestData.create();
    for (int i = 0; i < handlers; i++) {
      long grid = area(d.community, "GRID", "压测网格" + d.suffix + "-" + i, null);
      long courtyard = area(grid, "COURTYARD", "压测楼院" + d.suffix + "-" + i, grid);
      long flat = area(courtyard, "FLAT", "1单元101室", grid);
      String handler = "lh-" + d.suffix + "-" + i;
      TestData.update(
          "insert into app_user (id, username, password_hash, display_name, role, community_id,"
              + " grid_id) values (?, ?, ?, ?, 'HANDLER', ?, ?)",
          TestData.nextId("user_seq"),
          handler,
          PasswordHasher.hash(TestData.PASSWORD.toCharArray(), 1_000),
          "压测网格员" + i,
          d.community,
          grid);
      grids.add(new Grid(grid, courtyard, flat, handler));
    }
  }

  private long area(long parent, String kind, String name, Long grid) {
    long id = TestData.nextId("area_seq");
    TestData.update(
        "insert into area_node (id, parent_id, kind, name, community_id, grid_id)"
            + " values (?, ?, ?, ?, ?, ?)",
        id,
        parent,
        kind,
        name,
        d.community,
        grid == null ? id : grid);
    return id;
  }
}
