package org.casedesk.categories;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.casedesk.calendar.WorkCalendar;

/**
 * A time limit (办理时限): {@code days} working days, or, when {@code hours} is set (emergencies), that
 * many plain clock hours (DOMAIN.md, "Exact definitions").
 */
public record TimeLimit(int days, Integer hours) implements Serializable {

  public LocalDateTime dueFrom(LocalDateTime start, WorkCalendar calendar) {
    return hours != null ? start.plusHours(hours) : calendar.dueAfterWorkingDays(start, days);
  }

  public boolean inHours() {
    return hours != null;
  }
}
