package org.casedesk.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The read side of the snapshot tables: sums of daily rows over a period, grouped one way (or by
 * the four id columns at once), in one SQL statement (PostgreSQL and H2). report_daily_late adds
 * the cases due in the period that were resolved after their due day but before the period ended.
 * Joins the caller's transaction.
 */
@ApplicationScoped
class SnapshotQueryRepository {

  private static final String SUMS =
      "accepted, repeated, closed, closed_on_time, followed_up, satisfied, dissatisfied,"
          + " sent_back, handling_hours, due, due_resolved, due_overdue, dispatched, signed_on_time";

  @PersistenceContext private EntityManager em;

  /** Which rows of the snapshot tables a report reads: a condition on alias r and its values. */
  record Where(String condition, List<Object> parameters) {}

  /**
   * The period's figures per value of the grouping column ({@code null} groups everything into one
   * row keyed "*"); the map keeps the database's order.
   */
  Map<String, Figures> sums(Period period, Where where, Breakdown by) {
    Map<String, Figures> result = new LinkedHashMap<>();
    for (Object[] r : grouped(period, where, List.of(by == null ? "'*'" : "r." + by.column()))) {
      result.put(r[0] == null ? null : r[0].toString().trim(), figures(r, 1));
    }
    return result;
  }

  /** A period's figures in all and per value of each breakdown's column. */
  record Sums(Figures total, Map<Breakdown, Map<String, Figures>> by) {}

  /**
   * The period's figures in all and per unit, community, grid and category (not channel), from one
   * statement grouped by the four columns (a few hundred rows for a year) and added up here: one
   * read of the period's rows instead of one per breakdown. Each breakdown's map is in the order
   * {@link #sums} gives (by id, nulls last).
   */
  Sums sumsByEach(Period period, Where where) {
    List<Breakdown> columns =
        List.of(Breakdown.UNIT, Breakdown.COMMUNITY, Breakdown.GRID, Breakdown.CATEGORY);
    List<Object[]> rows =
        grouped(period, where, columns.stream().map(b -> "r." + b.column()).toList());
    Figures total = Figures.NONE;
    Map<Breakdown, Map<String, Figures>> by = new EnumMap<>(Breakdown.class);
    for (int i = 0; i < columns.size(); i++) {
      Map<Long, Figures> byId = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
      for (Object[] r : rows) {
        Figures f = figures(r, columns.size());
        byId.merge(r[i] == null ? null : number(r[i]), f, Figures::plus);
        if (i == 0) {
          total = total.plus(f);
        }
      }
      Map<String, Figures> named = new LinkedHashMap<>();
      byId.forEach((id, f) -> named.put(id == null ? null : id.toString(), f));
      by.put(columns.get(i), named);
    }
    return new Sums(total, by);
  }

  /**
   * The period's sums of report_daily and report_daily_late grouped by the key expressions (on
   * alias r, never user input): rows of the keys, then the sums as {@link #figures} reads them.
   */
  private List<Object[]> grouped(Period period, Where where, List<String> keys) {
    StringBuilder select = new StringBuilder();
    StringBuilder groupBy = new StringBuilder();
    for (int i = 0; i < keys.size(); i++) {
      select.append(keys.get(i)).append(" k").append(i).append(", ");
      groupBy.append(i == 0 ? "" : ", ").append("k").append(i);
    }
    String sql =
        "select "
            + groupBy
            + ", sum(accepted), sum(repeated), sum(closed), sum(closed_on_time),"
            + " sum(followed_up), sum(satisfied), sum(dissatisfied), sum(sent_back),"
            + " sum(handling_hours), sum(due), sum(due_resolved), sum(due_overdue),"
            + " sum(dispatched), sum(signed_on_time), sum(late) from ("
            + " select "
            + select
            + SUMS
            + ", 0 late from report_daily r where r.report_day between ? and ? "
            + where.condition()
            + " union all select "
            + select
            + "0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, r.resolved from report_daily_late r"
            + " where r.report_day between ? and ? and r.due_day between ? and ? "
            + where.condition()
            + ") x group by "
            + groupBy
            + " order by "
            + groupBy;
    List<Object> parameters = new ArrayList<>();
    parameters.add(period.first());
    parameters.add(period.last());
    parameters.addAll(where.parameters());
    for (int i = 0; i < 2; i++) {
      parameters.add(period.first());
      parameters.add(period.last());
    }
    parameters.addAll(where.parameters());
    List<Object[]> rows = new ArrayList<>();
    for (Object row : bind(em.createNativeQuery(sql), parameters).getResultList()) {
      rows.add((Object[]) row);
    }
    return rows;
  }

  /** The figures in a row's columns from {@code at}: the sums in the order of {@link #grouped}. */
  private static Figures figures(Object[] r, int at) {
    return new Figures(
        number(r[at]),
        number(r[at + 1]),
        number(r[at + 2]),
        number(r[at + 3]),
        number(r[at + 4]),
        number(r[at + 5]),
        number(r[at + 6]),
        number(r[at + 7]),
        r[at + 8] == null ? BigDecimal.ZERO : new BigDecimal(r[at + 8].toString()),
        number(r[at + 9]),
        number(r[at + 10]),
        number(r[at + 11]),
        number(r[at + 12]),
        number(r[at + 13]),
        number(r[at + 14]));
  }

  /** The whole period's figures. */
  Figures total(Period period, Where where) {
    return sums(period, where, null).getOrDefault("*", Figures.NONE);
  }

  /** The committee's work in the period (rows without a grid drop out at the grid level). */
  CommitteeFigures committee(Period period, Where where) {
    String sql =
        "select sum(meetings), sum(decisions_done), sum(pairing_visits),"
            + " sum(pairing_visits_on_time), sum(parts_claimed), sum(projects_completed),"
            + " sum(volunteer_hours), sum(mediations_ended), sum(mediation_agreements)"
            + " from report_daily_committee r where r.report_day between ? and ? "
            + where.condition();
    List<Object> parameters = new ArrayList<>(List.of(period.first(), period.last()));
    parameters.addAll(where.parameters());
    Object[] r = (Object[]) bind(em.createNativeQuery(sql), parameters).getSingleResult();
    if (r[0] == null) {
      return CommitteeFigures.NONE;
    }
    return new CommitteeFigures(
        number(r[0]),
        number(r[1]),
        number(r[2]),
        number(r[3]),
        number(r[4]),
        number(r[5]),
        new BigDecimal(r[6].toString()),
        number(r[7]),
        number(r[8]));
  }

  /** Which of the period's days the report job has run (report_run holds every day's runs). */
  Coverage coverage(Period period) {
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "select count(distinct report_day), max(report_day) from report_run"
                        + " where report_day between ? and ?")
                .setParameter(1, period.first())
                .setParameter(2, period.last())
                .getSingleResult();
    return new Coverage(
        period.days(), period.days() - number(r[0]), r[1] == null ? null : day(r[1]));
  }

  /** 受理量 and 办结量 per day from {@code first} to {@code last}: day → {accepted, closed}. */
  Map<LocalDate, long[]> daily(LocalDate first, LocalDate last, Where where) {
    String sql =
        "select r.report_day, sum(r.accepted), sum(r.closed) from report_daily r"
            + " where r.report_day between ? and ? "
            + where.condition()
            + " group by r.report_day";
    List<Object> parameters = new ArrayList<>(List.of(first, last));
    parameters.addAll(where.parameters());
    Map<LocalDate, long[]> result = new LinkedHashMap<>();
    for (Object row : bind(em.createNativeQuery(sql), parameters).getResultList()) {
      Object[] r = (Object[]) row;
      result.put(day(r[0]), new long[] {number(r[1]), number(r[2])});
    }
    return result;
  }

  private static Query bind(Query query, List<Object> parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query;
  }

  private static LocalDate day(Object o) {
    if (o instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return o instanceof LocalDate d ? d : LocalDate.parse(o.toString());
  }

  private static long number(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }
}
