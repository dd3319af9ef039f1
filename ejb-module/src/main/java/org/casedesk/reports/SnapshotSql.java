package org.casedesk.reports;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The report job's statements: which case counts where, as set-based SQL for {@link
 * SnapshotRepository} to run. Dates and times are bound as JDBC parameters ({@link BoundSql}); ids
 * are written into the SQL as literals of longs, never of user text. The SQL is kept to what H2
 * (demo) and PostgreSQL both understand.
 */
public final class SnapshotSql {

  private SnapshotSql() {}

  /** The parameters of a range's statements: its first and end day, as dates and as times. */
  static Map<String, Object> values(RebuildRequest r) {
    return Map.of(
        "fromDay", r.from(),
        "toDay", r.to(),
        "from", r.from().atStartOfDay(),
        "to", r.to().atStartOfDay());
  }

  static final String DAY_RANGE = "report_day >= {fromDay} and report_day < {toDay}";

  /** The table of per-case facts (V65): what the report's drill-down lists. */
  public static final String CASE_FACTS = "report_case_fact";

  private static final String MEASURES =
      "accepted, repeated, answered, closed, closed_on_time, followed_up, satisfied, dissatisfied,"
          + " sent_back, handling_hours, due, due_resolved, due_overdue, dispatched, signed_on_time";

  private static final String DIMENSIONS = "category_id, channel, grid_id, community_id, unit_id";

  /**
   * The one set-based statement per range that decides which case counts where: a row per case and
   * kind of fact (accepted, closed, due, each dispatch, a late resolution) with its dimensions and
   * 0/1 measures, into {@code table} (report_case_fact, or the benchmark's copy). The exclusions
   * ({@link ReportExclusion}) are applied here and only here.
   */
  public static BoundSql caseFactsSql(RebuildRequest r, String table) {
    String keep = keep(r.exclusions());
    String range = "%s >= {from} and %s < {to}";
    String key =
        "c.id case_id, '%s' kind, c.category_id, c.channel, c.grid_id, c.community_id,"
            + " hu.member_unit_id unit_id";
    String cases = " from work_case c left join app_user hu on hu.id = c.handler_id";
    String zeroAccepted = "0, 0, 0, ";
    String zeroClosed = "0, 0, 0, 0, 0, 0, 0.0, ";
    String zeroDue = "0, 0, 0, ";
    String zeroDispatched = "0, 0";
    String noDueDay = ", cast(null as date) due_day";
    String accepted =
        "select cast(c.accepted_at as date) d, "
            + key.formatted("ACCEPTED")
            + ", 1 a1, case when exists (select 1 from work_case e"
            // a repeat: the same location (the flat, or the place when no flat) and category
            + " where e.location_id = c.location_id and e.category_id = c.category_id"
            + " and e.accepted_at >= c.accepted_at - interval '30' day"
            + " and e.accepted_at < c.accepted_at) then 1 else 0 end a2,"
            + " case when c.dispatched_at is null and c.state in ('ANSWERED', 'CLOSED')"
            + " then 1 else 0 end a3, 0 c1, 0 c2, 0 c3, 0 c4, 0 c5, 0 c6, 0.0 c7, 0 d1, 0 d2,"
            + " 0 d3, 0 s1, 0 s2"
            + noDueDay
            + cases
            + " where "
            + range.formatted("c.accepted_at", "c.accepted_at");
    String closed =
        "select cast(c.closed_at as date) d, "
            + key.formatted("CLOSED")
            + ", "
            + zeroAccepted
            + "1, case when c.resolved_at <= c.due_at then 1 else 0 end,"
            + " case when c.satisfaction is not null then 1 else 0 end,"
            + " case when c.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end,"
            + " case when c.satisfaction = 'DISSATISFIED' then 1 else 0 end,"
            + " case when c.sent_back_count > 0 then 1 else 0 end, coalesce("
            + workingHours("kr", "c.resolved_at")
            + " - "
            + workingHours("ka", "c.accepted_at")
            + ", 0), "
            + zeroDue
            + zeroDispatched
            + noDueDay
            + cases
            + " left join report_calendar ka on ka.cal_day = cast(c.accepted_at as date)"
            + " left join report_calendar kr on kr.cal_day = cast(c.resolved_at as date)"
            + " where c.state = 'CLOSED' and "
            + keep
            + " and "
            + range.formatted("c.closed_at", "c.closed_at");
    String dueDay = dueDay();
    String due =
        "select "
            + dueDay
            + " d, "
            + key.formatted("DUE")
            + ", "
            + zeroAccepted
            + zeroClosed
            + "1, case when "
            + RESOLVED
            + " and cast(c.resolved_at as date) <= "
            + dueDay
            + " then 1 else 0 end, case when "
            + RESOLVED
            + " and c.resolved_at <= c.due_at then 0 else 1 end, "
            + zeroDispatched
            + noDueDay
            + cases
            + " where "
            + keep
            + " and c.due_at > {from} and c.due_at <= {to}";
    String dispatched =
        "select cast(h.acted_at as date) d, "
            + key.formatted("DISPATCHED")
            + ", "
            + zeroAccepted
            + zeroClosed
            + zeroDue
            + "1, case when exists (select 1 from case_history s"
            + " join report_calendar ks on ks.cal_day = cast(s.acted_at as date)"
            + " where s.case_id = h.case_id and s.action is null"
            + " and s.to_state in ('SIGNED', 'HANDLING') and s.acted_at >= h.acted_at and "
            + workingHours("ks", "s.acted_at")
            + " - "
            + workingHours("kh", "h.acted_at")
            + " <= g.sign_hours) then 1 else 0 end"
            + noDueDay
            + " from case_history h"
            + " join work_case c on c.id = h.case_id join category g on g.id = c.category_id"
            + " join report_calendar kh on kh.cal_day = cast(h.acted_at as date)"
            + " left join app_user hu on hu.id = c.handler_id"
            + " where h.to_state = 'DISPATCHED' and h.action is null and "
            + NOT_INVALID
            + " and "
            + range.formatted("h.acted_at", "h.acted_at");
    // resolved in the range after the day it was due: with due_resolved this gives "due in the
    // period and resolved by its end" for any period of whole days
    String late =
        "select cast(c.resolved_at as date) d, "
            + key.formatted("LATE")
            + ", "
            + zeroAccepted
            + zeroClosed
            + zeroDue
            + zeroDispatched
            + ", "
            + dueDay
            + " due_day"
            + cases
            + " where "
            + RESOLVED
            + " and "
            + keep
            + " and "
            + range.formatted("c.resolved_at", "c.resolved_at")
            + " and c.due_at is not null and "
            + dueDay
            + " < cast(c.resolved_at as date)";
    return bound(
        r,
        "insert into "
            + table
            + " (report_day, case_id, kind, "
            + DIMENSIONS
            + ", "
            + MEASURES
            + ", due_day, execution_id) select f.*, "
            + r.executionId()
            + " from ("
            + String.join(" union all ", accepted, closed, due, dispatched, late)
            + ") f");
  }

  /**
   * The daily sums of the range, added up from the per-case facts in {@code facts}, into {@code
   * table} (report_daily, or the benchmark's copy).
   */
  public static BoundSql factsSql(RebuildRequest r, String table, String facts) {
    String sums =
        Arrays.stream(MEASURES.split(", "))
            .map(m -> "sum(" + m + ")")
            .collect(Collectors.joining(", "));
    return bound(
        r,
        "insert into "
            + table
            + " (report_day, "
            + DIMENSIONS
            + ", "
            + MEASURES
            + ", execution_id) select report_day, "
            + DIMENSIONS
            + ", "
            + sums
            + ", "
            + r.executionId()
            + " from "
            + facts
            + " where kind <> 'LATE' and "
            + DAY_RANGE
            + " group by report_day, "
            + DIMENSIONS);
  }

  /**
   * Cases resolved in the range whose due day came before the day they were resolved on, added up
   * from the LATE facts in {@code facts}, into {@code table} (report_daily_late, or the benchmark's
   * copy).
   */
  public static BoundSql lateSql(RebuildRequest r, String table, String facts) {
    return bound(
        r,
        "insert into "
            + table
            + " (report_day, due_day, "
            + DIMENSIONS
            + ", resolved, execution_id) select report_day, due_day, "
            + DIMENSIONS
            + ", count(*), "
            + r.executionId()
            + " from "
            + facts
            + " where kind = 'LATE' and "
            + DAY_RANGE
            + " group by report_day, due_day, "
            + DIMENSIONS);
  }

  private static BoundSql bound(RebuildRequest r, String template) {
    return BoundSql.of(template, values(r));
  }

  /**
   * The committee's work in the range (DOMAIN.md, "The report also counts committee work"):
   * meetings held and decisions done (per community), pairing visits and those on time, project
   * parts claimed and projects completed, volunteer hours, mediations ended and those that ended in
   * an agreement (per grid).
   */
  static BoundSql committeeSql(RebuildRequest r) {
    String days = " >= {fromDay} and %s < {toDay}";
    String times = " >= {from} and %s < {to}";
    String branches =
        String.join(
            " union all ",
            "select held_on d, community_id, cast(null as bigint) grid_id, 1 m1, 0 m2, 0 m3, 0 m4,"
                + " 0 m5, 0 m6, 0.0 m7, 0 m8, 0 m9 from meeting where held_on"
                + days.formatted("held_on"),
            "select cast(done_at as date), community_id, cast(null as bigint), 0, 1, 0, 0, 0, 0,"
                + " 0.0, 0, 0 from decision where done_at"
                + times.formatted("done_at"),
            "select visited_on, community_id, grid_id, 0, 0, 1, case when on_time then 1 else 0"
                + " end, 0, 0, 0.0, 0, 0 from pairing_visit where visited_on"
                + days.formatted("visited_on"),
            "select cast(pp.claimed_at as date), p.community_id, p.grid_id, 0, 0, 0, 0, 1, 0, 0.0,"
                + " 0, 0 from project_part pp join project p on p.id = pp.project_id"
                + " where pp.claimed_at"
                + times.formatted("pp.claimed_at"),
            "select cast(completed_at as date), community_id, grid_id, 0, 0, 0, 0, 0, 1, 0.0, 0,"
                + " 0 from project where completed_at"
                + times.formatted("completed_at"),
            "select cast(a.held_at as date), a.community_id, a.grid_id, 0, 0, 0, 0, 0, 0, p.hours,"
                + " 0, 0 from activity_participant p join volunteer_activity a"
                + " on a.id = p.activity_id where a.held_at"
                + times.formatted("a.held_at"),
            "select cast(outcome_at as date), community_id, grid_id, 0, 0, 0, 0, 0, 0, 0.0, 1,"
                + " case when outcome = 'AGREEMENT' then 1 else 0 end from mediation"
                + " where outcome_at"
                + times.formatted("outcome_at"));
    return bound(
        r,
        "insert into report_daily_committee (report_day, community_id, grid_id, meetings,"
            + " decisions_done, pairing_visits, pairing_visits_on_time, parts_claimed,"
            + " projects_completed, volunteer_hours, mediations_ended, mediation_agreements,"
            + " execution_id) select f.d, f.community_id, f.grid_id, sum(f.m1), sum(f.m2), sum(f.m3),"
            + " sum(f.m4), sum(f.m5), sum(f.m6), sum(f.m7), sum(f.m8), sum(f.m9), "
            + r.executionId()
            + " from ("
            + branches
            + ") f group by f.d, f.community_id, f.grid_id");
  }

  /** Resolved and not sent back since (in review it still stands): its resolution stands. */
  private static final String RESOLVED =
      "c.state in ('RESOLVED', 'REVIEW', 'CLOSED') and c.resolved_at is not null";

  /** A due time of 24:00 (stored as the next day's 00:00) belongs to the day it ends. */
  static String dueDay() {
    return "cast(c.due_at - interval '1' second as date)";
  }

  /** Working hours from the calendar's first day to {@code time}, with calendar row {@code k}. */
  private static String workingHours(String k, String time) {
    return "("
        + k
        + ".working_before * 24 + case when "
        + k
        + ".working then extract(hour from "
        + time
        + ") + extract(minute from "
        + time
        + ") / 60.0 + extract(second from "
        + time
        + ") / 3600.0 else 0 end)";
  }

  /**
   * The cases due(P) and closed(P) keep: never invalid ones (无效诉求, DOMAIN.md), and not those the
   * configured exclusions leave out.
   */
  private static String keep(Set<ReportExclusion> exclusions) {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(NOT_INVALID),
            exclusions.stream().sorted().map(ReportExclusion::keepCondition))
        .collect(Collectors.joining(" and ", "(", ")"));
  }

  /** Invalid cases count as accepted and in nothing else. */
  private static final String NOT_INVALID = "c.state <> 'INVALID'";

  static String exclusionNames(Set<ReportExclusion> exclusions) {
    return exclusions.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }
}
