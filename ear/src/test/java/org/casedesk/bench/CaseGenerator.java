package org.casedesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.casedesk.it.support.TestData;

/**
 * Fills a PostgreSQL CaseDesk database with generated cases, set-based (generate_series), for
 * benchmarks and for trying the screens with realistic volumes. The cases spread over the last
 * three years: older than 30 days are mostly closed (satisfied, some dissatisfied and re-handled),
 * recent ones in every open state. Each has the history rows the report job reads (dispatched, and
 * signed for unless still waiting), no other history and no resident (anonymous).
 *
 * <p>Needs the schema (start CaseDesk once against the database) and at least one flat, handler per
 * grid and help-desk user, e.g. the demo data. Run from {@code ear/}:
 *
 * <pre>
 * mvn -Pgenerate-cases exec:java -Dcases=1000000 \
 *     -Dtest.db.url=jdbc:postgresql://127.0.0.1:5432/casedesk -Dtest.db.user=… -Dtest.db.password=…
 * </pre>
 */
public final class CaseGenerator {

  private CaseGenerator() {}

  public static void main(String[] args) throws SQLException {
    int count = Integer.parseInt(args.length > 0 ? args[0] : System.getProperty("cases", "100000"));
    long start = System.nanoTime();
    long total = generate(count);
    System.out.printf(
        "generated %,d cases in %.1f s; the database now holds %,d%n",
        count, (System.nanoTime() - start) / 1e9, total);
  }

  /** Adds {@code count} cases; returns how many cases the database holds afterwards. */
  public static long generate(int count) throws SQLException {
    try (Connection c = TestData.connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement insert = c.prepareStatement(INSERT);
          Statement s = c.createStatement()) {
        // in batches, so one transaction never holds millions of rows
        for (int done = 0; done < count; done += BATCH) {
          long before = maxCaseId(s);
          insert.setInt(1, Math.min(BATCH, count - done));
          insert.executeUpdate();
          s.executeUpdate(HISTORY.formatted(before, before));
          c.commit();
        }
        c.setAutoCommit(true);
        // as autovacuum would have long since done on a table this old: statistics, and the
        // visibility map that lets PostgreSQL count from the index alone
        s.execute("vacuum analyze work_case");
        s.execute("vacuum analyze case_history");
        try (var r = s.executeQuery("select count(*) from work_case")) {
          r.next();
          return r.getLong(1);
        }
      }
    }
  }

  private static final int BATCH = 100_000;

  private static long maxCaseId(Statement s) throws SQLException {
    try (var r = s.executeQuery("select coalesce(max(id), 0) from work_case")) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The dispatch of every case generated after id %d, and its sign-for within 0–8 hours. */
  private static final String HISTORY =
      """
      insert into case_history (id, case_id, actor_id, acted_at, from_state, to_state, note)
      select nextval('history_seq'), c.id, c.created_by, c.dispatched_at, 'ACCEPTED', 'DISPATCHED',
             null
      from work_case c where c.id > %d
      union all
      select nextval('history_seq'), c.id, coalesce(c.handler_id, c.created_by),
             c.dispatched_at + random() * interval '8 hours', 'DISPATCHED', 'SIGNED', null
      from work_case c where c.id > %d and c.state <> 'DISPATCHED'
      """;

  private static final String INSERT =
      """
      with flats as (
        select array_agg(f.id order by f.id) ids, count(*) n from area_node f where f.kind = 'FLAT'
      ), cats as (
        select array_agg(id order by id) ids, array_agg(limit_days order by id) days, count(*) n
        from category
      ), desk as (
        select min(id) id from app_user where role = 'HELPDESK'
      ), picks as (
        select g,
               flats.ids[1 + floor(random() * flats.n)::int] flat_id,
               1 + floor(random() * cats.n)::int cat,
               (array['WINDOW','PHONE','SUGGESTION_BOX','HOME_VISIT','MEETING','HOTLINE_12345'])
                 [1 + floor(random() * 6)::int] channel,
               localtimestamp - random() * interval '1095 days' accepted,
               random() r
        from generate_series(1, ?) g, flats, cats
      ), cases as (
        select p.*, f.grid_id, f.community_id, cats.ids[p.cat] category_id,
               cats.days[p.cat] limit_days,
               case
                 when p.accepted < localtimestamp - interval '30 days' then
                   case when p.r < 0.97 then 'CLOSED' else 'HANDLING' end
                 else (array['DISPATCHED','SIGNED','HANDLING','RESOLVED','CLOSED','ESCALATED'])
                        [1 + floor(p.r * 6)::int]
               end state
        from picks p join area_node f on f.id = p.flat_id, cats
      )
      insert into work_case (id, case_no, resident_id, flat_id, location_id, grid_id, community_id, category_id,
          channel, description, state, handler_id, created_by, accepted_at, dispatched_at, due_at,
          resolved_at, closed_at, reply, satisfaction, sent_back_count, anonymous, version)
      select nextval('case_seq'), 'G' || to_char(cs.accepted, 'YYMMDD') || lpad(nextval('case_seq')::text, 12, '0'),
             null, cs.flat_id, cs.flat_id, cs.grid_id, cs.community_id, cs.category_id, cs.channel,
             '生成的诉求：楼道照明、供水、停车等', cs.state,
             (select min(u.id) from app_user u where u.role = 'HANDLER' and u.grid_id = cs.grid_id),
             desk.id, cs.accepted, cs.accepted + interval '5 minutes',
             cs.accepted + make_interval(days => cs.limit_days + 2 * (cs.limit_days / 5)),
             case when cs.state in ('RESOLVED', 'CLOSED')
                  then least(cs.accepted + random() * make_interval(days => cs.limit_days + 3),
                             localtimestamp) end,
             case when cs.state = 'CLOSED'
                  then least(cs.accepted + make_interval(days => cs.limit_days + 4), localtimestamp)
             end,
             case when cs.state in ('RESOLVED', 'CLOSED') then '已办理并答复居民' end,
             case when cs.state = 'CLOSED'
                  then (array['SATISFIED','SATISFIED','SATISFIED','BASICALLY_SATISFIED'])
                         [1 + floor(random() * 4)::int] end,
             case when random() < 0.03 then 1 else 0 end, true, 0
      from cases cs, desk
      """;
}
