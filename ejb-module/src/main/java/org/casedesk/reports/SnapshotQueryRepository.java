package org.casedesk.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read side of the snapshot tables: sums of daily rows over a period, grouped one way, in one
 * SQL statement (PostgreSQL and H2). report_daily_late adds the cases due in the period that were
 * resolved after their due day but before the period ended. Joins the caller's transaction.
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
    String key = by == null ? "'*'" : "r." + by.column();
    String sql =
        "select k, sum(accepted), sum(repeated), sum(closed), sum(closed_on_time),"
            + " sum(followed_up), sum(satisfied), sum(dissatisfied), sum(sent_back),"
            + " sum(handling_hours), sum(due), sum(due_resolved), sum(due_overdue),"
            + " sum(dispatched), sum(signed_on_time), sum(late) from ("
            + " select "
            + key
            + " k, "
            + SUMS
            + ", 0 late from report_daily r where r.report_day between ? and ? "
            + where.condition()
            + " union all select "
            + key
            + " k, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, r.resolved from report_daily_late r"
            + " where r.report_day between ? and ? and r.due_day between ? and ? "
            + where.condition()
            + ") x group by k order by k";
    List<Object> parameters = new ArrayList<>();
    parameters.add(period.first());
    parameters.add(period.last());
    parameters.addAll(where.parameters());
    for (int i = 0; i < 2; i++) {
      parameters.add(period.first());
      parameters.add(period.last());
    }
    parameters.addAll(where.parameters());
    Map<String, Figures> result = new LinkedHashMap<>();
    for (Object row : bind(em.createNativeQuery(sql), parameters).getResultList()) {
      Object[] r = (Object[]) row;
      result.put(
          r[0] == null ? null : r[0].toString().trim(),
          new Figures(
              number(r[1]),
              number(r[2]),
              number(r[3]),
              number(r[4]),
              number(r[5]),
              number(r[6]),
              number(r[7]),
              number(r[8]),
              r[9] == null ? BigDecimal.ZERO : new BigDecimal(r[9].toString()),
              number(r[10]),
              number(r[11]),
              number(r[12]),
              number(r[13]),
              number(r[14]),
              number(r[15])));
    }
    return result;
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
