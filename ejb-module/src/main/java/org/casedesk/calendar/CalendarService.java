package org.casedesk.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.casedesk.shared.Roles;

/**
 * The official working-day calendar, kept by ADMIN: public holidays (off) and 调休 make-up working
 * days (on). Due dates computed after a change use it; those already set stay as they were.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class CalendarService {

  @Inject private CalendarRepository calendar;

  public List<CalendarDayItem> exceptions(@Min(2000) @Max(2100) int year) {
    return calendar.exceptions(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }

  /** Marks a day off or on, whatever the weekday rule says; the note names the holiday. */
  public void set(
      @NotNull(message = "{calendar.day.required}") LocalDate day,
      boolean working,
      @Size(max = 60, message = "{calendar.note.size}")
          @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
          String note) {
    String text = note == null ? null : note.strip();
    CalendarDay existing = calendar.find(day);
    if (existing == null) {
      calendar.add(new CalendarDay(day, working, text));
    } else {
      existing.change(working, text);
    }
  }

  /** Back to the weekday rule for that day. */
  public void clear(@NotNull LocalDate day) {
    CalendarDay existing = calendar.find(day);
    if (existing != null) {
      calendar.remove(existing);
    }
  }
}
