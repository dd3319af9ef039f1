package org.casedesk.cases;

import java.time.LocalDateTime;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.categories.Category;
import org.casedesk.categories.TimeLimit;

/** The times a dispatch sets: due (办理时限), signed-for-by (签收时限), near-deadline warning. */
record Deadlines(LocalDateTime due, LocalDateTime signDue, LocalDateTime warn) {

  /**
   * The deadlines of a first dispatch at {@code at} of a case accepted at {@code accepted}, under
   * {@code limit} and the category's settings: the handling limit runs from acceptance, the
   * sign-for limit from the dispatch (DOMAIN.md).
   */
  static Deadlines of(
      LocalDateTime accepted,
      LocalDateTime at,
      TimeLimit limit,
      Category category,
      WorkCalendar calendar) {
    return again(limit.dueFrom(accepted, calendar), at, category, calendar);
  }

  /**
   * The deadlines of a dispatch at {@code at} of a case that keeps its due time {@code due} (a
   * re-dispatch after a return does not restart the handling limit).
   */
  static Deadlines again(
      LocalDateTime due, LocalDateTime at, Category category, WorkCalendar calendar) {
    LocalDateTime warn = due.minusHours(category.getWarnHours());
    return new Deadlines(
        due,
        calendar.dueAfterWorkingHours(at, category.getSignHours()),
        warn.isBefore(at) ? at : warn);
  }
}
