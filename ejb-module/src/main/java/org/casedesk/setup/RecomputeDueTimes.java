package org.casedesk.setup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.categories.TimeLimit;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway migration 41: the handling limit runs from acceptance (DOMAIN.md), not from the latest
 * dispatch as before, so every dispatched case gets its due time (and near-deadline warning)
 * computed again: the category's limit, or its channel's own, from the acceptance time, moved on by
 * the extension days approved so far (V40 counted them). Java, because working days need the
 * calendar.
 */
public class RecomputeDueTimes implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("41");
  }

  @Override
  public String getDescription() {
    return "recompute due times from acceptance";
  }

  @Override
  public Integer getChecksum() {
    return 41;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection db = context.getConnection();
    WorkCalendar calendar = calendar(db);
    try (PreparedStatement select =
            db.prepareStatement(
                "select c.id, c.accepted_at, c.dispatched_at, c.extended_days, g.warn_hours,"
                    + " coalesce(l.limit_days, case when l.limit_hours is null then g.limit_days"
                    + " else 0 end), case when l.category_id is null then g.limit_hours"
                    + " else l.limit_hours end"
                    + " from work_case c join category g on g.id = c.category_id"
                    + " left join category_channel_limit l on l.category_id = c.category_id"
                    + " and l.channel = c.channel where c.due_at is not null");
        PreparedStatement update =
            db.prepareStatement("update work_case set due_at = ?, warn_at = ? where id = ?");
        ResultSet rows = select.executeQuery()) {
      int pending = 0;
      while (rows.next()) {
        LocalDateTime accepted = rows.getTimestamp(2).toLocalDateTime();
        Timestamp dispatched = rows.getTimestamp(3);
        int extended = rows.getInt(4);
        int warnHours = rows.getInt(5);
        int days = rows.getInt(6);
        Integer hours = (Integer) rows.getObject(7);
        LocalDateTime due = new TimeLimit(days, hours).dueFrom(accepted, calendar);
        if (extended > 0) {
          due = calendar.dueAfterWorkingDays(due.minusDays(1), extended);
        }
        LocalDateTime from = dispatched == null ? accepted : dispatched.toLocalDateTime();
        LocalDateTime warn = due.minusHours(warnHours);
        update.setTimestamp(1, Timestamp.valueOf(due));
        update.setTimestamp(2, Timestamp.valueOf(warn.isBefore(from) ? from : warn));
        update.setLong(3, rows.getLong(1));
        update.addBatch();
        if (++pending == 500) {
          update.executeBatch();
          pending = 0;
        }
      }
      update.executeBatch();
    }
  }

  private static WorkCalendar calendar(Connection db) throws SQLException {
    Map<LocalDate, Boolean> exceptions = new HashMap<>();
    try (PreparedStatement select =
            db.prepareStatement("select cal_day, working from calendar_day");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        exceptions.put(rows.getDate(1).toLocalDate(), rows.getBoolean(2));
      }
    }
    return new WorkCalendar(exceptions);
  }
}
