package org.casedesk.cases;

import java.time.LocalDateTime;
import org.casedesk.calendar.WorkCalendar;

/** The times a dispatch sets: due (办理时限), signed-for-by (签收时限), near-deadline warning. */
record Deadlines(LocalDateTime due, LocalDateTime signDue, LocalDateTime warn) {

  /** The deadlines of a dispatch at {@code at} under {@code limit} and the category's settings. */
  static Deadlines of(LocalDateTime at, TimeLimit limit, Category category, WorkCalendar calendar) {
    LocalDateTime due = limit.dueFrom(at, calendar);
    LocalDateTime warn = due.minusHours(category.getWarnHours());
    return new Deadlines(
        due,
        calendar.dueAfterWorkingHours(at, category.getSignHours()),
        warn.isBefore(at) ? at : warn);
  }
}
