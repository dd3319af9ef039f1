package org.casedesk.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Freezes the daily snapshot with set-based SQL: the database aggregates, Java only says which day.
 * Replacing the day's rows in one transaction makes a re-run idempotent. Joins the caller's
 * transaction.
 */
@ApplicationScoped
public class SnapshotRepository {

  @PersistenceContext private EntityManager em;

  /**
   * Replaces the snapshot of {@code day} with the figures of the cases closed on it (Asia/Shanghai
   * day boundaries) and records the run. Returns the number of snapshot rows written.
   */
  public int rebuildDay(LocalDate day, long executionId) {
    em.createNativeQuery("delete from report_daily_case where report_day = ?")
        .setParameter(1, day)
        .executeUpdate();
    int rows =
        em.createNativeQuery(
                "insert into report_daily_case (report_day, category_id, grid_id, community_id,"
                    + " closed_count, closed_on_time, followed_up, satisfied, sent_back, execution_id)"
                    + " select ?, c.category_id, c.grid_id, c.community_id, count(*),"
                    + " sum(case when c.resolved_at <= c.due_at then 1 else 0 end),"
                    + " sum(case when c.satisfaction is not null then 1 else 0 end),"
                    + " sum(case when c.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end),"
                    + " sum(case when c.sent_back_count > 0 then 1 else 0 end), ?"
                    + " from work_case c where c.state = 'CLOSED' and c.closed_at >= ? and c.closed_at < ?"
                    + " group by c.category_id, c.grid_id, c.community_id")
            .setParameter(1, day)
            .setParameter(2, executionId)
            .setParameter(3, day.atStartOfDay())
            .setParameter(4, day.plusDays(1).atStartOfDay())
            .executeUpdate();
    em.createNativeQuery(
            "insert into report_run (report_day, execution_id, row_count, finished_at)"
                + " values (?, ?, ?, current_timestamp)")
        .setParameter(1, day)
        .setParameter(2, executionId)
        .setParameter(3, rows)
        .executeUpdate();
    return rows;
  }
}
