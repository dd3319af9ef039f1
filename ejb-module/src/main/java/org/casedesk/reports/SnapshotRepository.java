package org.casedesk.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.casedesk.calendar.WorkCalendar;

/**
 * Freezes daily report facts with set-based SQL: the database aggregates, Java only says which
 * days. Runs the statements of {@link SnapshotSql} (the report's rules as SQL) and reads back what
 * was reported (days done, changed days, the last run). Joins the caller's transaction: one chunk
 * of days is one transaction.
 */
@ApplicationScoped
public class SnapshotRepository {

  private static final int CALENDAR_BATCH = 500;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** The day of the earliest accepted case, or null without cases. */
  public LocalDate firstCaseDay() {
    Object first =
        em.createNativeQuery("select cast(min(accepted_at) as date) from work_case")
            .getSingleResult();
    return first == null ? null : day(first);
  }

  /**
   * Lays the official calendar out day by day from {@code first} to {@code last}, counting the
   * working days before each day, so that SQL can compute working hours as a difference.
   */
  public void refreshCalendar(WorkCalendar calendar, LocalDate first, LocalDate last) {
    em.createNativeQuery("delete from report_calendar").executeUpdate();
    List<Object> values = new ArrayList<>();
    int before = 0;
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      boolean working = calendar.isWorkingDay(day);
      values.addAll(List.of(day, working, before));
      before += working ? 1 : 0;
      if (values.size() == 3 * CALENDAR_BATCH) {
        insertCalendar(values);
      }
    }
    if (!values.isEmpty()) {
      insertCalendar(values);
    }
  }

  private void insertCalendar(List<Object> values) {
    String rows = String.join(", ", Collections.nCopies(values.size() / 3, "(?, ?, ?)"));
    run(
        new BoundSql(
            "insert into report_calendar (cal_day, working, working_before) values " + rows,
            List.copyOf(values)));
    values.clear();
  }

  /**
   * Replaces the facts of the days {@code from} (inclusive) to {@code to} (exclusive) and records
   * one run per day. Re-running gives identical figures: the days' rows are deleted and rebuilt in
   * the same transaction. The per-case facts come first; the daily sums are added up from them, so
   * a figure and the list of its cases cannot disagree. Returns the number of daily rows written.
   */
  public int rebuild(RebuildRequest request) {
    Map<String, Object> values = new HashMap<>(SnapshotSql.values(request));
    for (String table :
        List.of(
            "report_case_fact", "report_daily", "report_daily_late", "report_daily_committee")) {
      run(BoundSql.of("delete from " + table + " where " + SnapshotSql.DAY_RANGE, values));
    }
    run(SnapshotSql.caseFactsSql(request, SnapshotSql.CASE_FACTS));
    int rows = run(SnapshotSql.factsSql(request, "report_daily", SnapshotSql.CASE_FACTS));
    run(SnapshotSql.lateSql(request, "report_daily_late", SnapshotSql.CASE_FACTS));
    run(SnapshotSql.committeeSql(request));
    values.put("now", LocalDateTime.now(clock).withNano(0));
    values.put("reason", request.reason().name());
    values.put("exclusions", SnapshotSql.exclusionNames(request.exclusions()));
    run(
        BoundSql.of(
            "insert into report_run (report_day, execution_id, row_count, finished_at, reason,"
                + " exclusions) select k.cal_day, "
                + request.executionId()
                + ", (select count(*) from report_daily r where r.report_day = k.cal_day),"
                + " cast({now} as timestamp), cast({reason} as varchar(20)),"
                + " cast({exclusions} as varchar(200)) from report_calendar k"
                + " where k.cal_day >= {fromDay} and k.cal_day < {toDay}",
            values));
    return rows;
  }

  private int run(BoundSql sql) {
    return query(sql).executeUpdate();
  }

  /** A native query of {@code sql} with its parameters, joining the caller's transaction. */
  private Query query(BoundSql sql) {
    Query query = em.createNativeQuery(sql.numberedSql());
    for (int i = 0; i < sql.parameters().size(); i++) {
      query.setParameter(i + 1, sql.parameters().get(i));
    }
    return query;
  }

  /** A DATE as the JDBC driver returns it: java.sql.Date (PostgreSQL) or LocalDate (H2). */
  private static LocalDate day(Object value) {
    return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
  }

  /** Days already reported, among those given. */
  @SuppressWarnings("unchecked")
  public List<LocalDate> reportedDays(LocalDate from, LocalDate to) {
    List<Object> days =
        query(
                BoundSql.of(
                    "select distinct report_day from report_run"
                        + " where report_day >= {from} and report_day <= {to}",
                    Map.of("from", from, "to", to)))
            .getResultList();
    return days.stream().map(SnapshotRepository::day).sorted().toList();
  }

  /**
   * Reported days whose figures a later change may have altered: a case with a history row written
   * after the day's last run, that counts on that day as accepted, closed, due, resolved or
   * dispatched. Only history since {@code since} is looked at (the nightly run looks at what
   * happened since the previous night, with a margin).
   */
  @SuppressWarnings("unchecked")
  public List<LocalDate> changedDays(LocalDateTime since, LocalDate before) {
    String changed =
        "(select h.case_id, max(h.acted_at) t from case_history h where h.acted_at >= {since}"
            + " group by h.case_id)";
    String days =
        "select cast(c.accepted_at as date) d, x.t from work_case c join {changed} x on x.case_id = c.id"
            + " union all select cast(c.closed_at as date), x.t from work_case c join {changed} x"
            + " on x.case_id = c.id where c.closed_at is not null"
            + " union all select cast(c.resolved_at as date), x.t from work_case c join {changed} x"
            + " on x.case_id = c.id where c.resolved_at is not null"
            + " union all select "
            + SnapshotSql.dueDay()
            + ", x.t from work_case c join {changed} x on x.case_id = c.id where c.due_at is not null"
            + " union all select cast(h.acted_at as date), x.t from case_history h join {changed} x"
            + " on x.case_id = h.case_id where h.to_state = 'DISPATCHED' and h.action is null"
            // the day an approved extension moved the case away from
            + " union all select cast(h.previous_due_at - interval '1' second as date), x.t"
            + " from case_history h join {changed} x on x.case_id = h.case_id"
            + " where h.previous_due_at is not null";
    List<Object> found =
        query(
                BoundSql.of(
                    "select distinct y.d from ("
                        + days.replace("{changed}", changed)
                        + ") y join (select report_day, max(finished_at) f from report_run"
                        + " group by report_day) r on r.report_day = y.d"
                        + " where y.t > r.f and y.d < {before}",
                    Map.of("since", since, "before", before)))
            .getResultList();
    return found.stream().map(SnapshotRepository::day).sorted().toList();
  }

  /**
   * When the last run the nightly plan started finished (manual runs cover only the days ADMIN
   * chose), or null before the first.
   */
  public LocalDateTime lastRunFinished() {
    Object last =
        em.createNativeQuery("select max(finished_at) from report_run where reason <> 'MANUAL'")
            .getSingleResult();
    return last instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) last;
  }

  /** Days committed per execution. */
  @SuppressWarnings("unchecked")
  public Map<Long, Long> daysDone(Collection<Long> executionIds) {
    Map<Long, Long> done = new HashMap<>();
    if (executionIds.isEmpty()) {
      return done;
    }
    String ids = executionIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    List<Object[]> rows =
        em.createNativeQuery(
                "select execution_id, count(*) from report_run where execution_id in ("
                    + ids
                    + ") group by execution_id")
            .getResultList();
    rows.forEach(r -> done.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
    return done;
  }

  @SuppressWarnings("unchecked")
  public Set<LocalDate> daysDoneBy(long executionId) {
    List<Object> days =
        em.createNativeQuery(
                "select report_day from report_run where execution_id = " + executionId)
            .getResultList();
    return days.stream().map(SnapshotRepository::day).collect(Collectors.toSet());
  }
}
