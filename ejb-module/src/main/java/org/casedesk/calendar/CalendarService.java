package org.casedesk.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

  @PersistenceContext private EntityManager em;

  public List<CalendarDayItem> exceptions(@Min(2000) @Max(2100) int year) {
    return em.createQuery(
            "select new org.casedesk.calendar.CalendarDayItem(d.day, d.working, d.note)"
                + " from CalendarDay d where d.day >= :from and d.day < :to order by d.day",
            CalendarDayItem.class)
        .setParameter("from", LocalDate.of(year, 1, 1))
        .setParameter("to", LocalDate.of(year + 1, 1, 1))
        .getResultList();
  }

  /** Marks a day off or on, whatever the weekday rule says; the note names the holiday. */
  public void set(
      @NotNull(message = "{calendar.day.required}") LocalDate day,
      boolean working,
      @Size(max = 60, message = "{calendar.note.size}")
          @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
          String note) {
    String text = note == null ? null : note.strip();
    CalendarDay existing = em.find(CalendarDay.class, day);
    if (existing == null) {
      em.persist(new CalendarDay(day, working, text));
    } else {
      existing.change(working, text);
    }
  }

  /** Back to the weekday rule for that day. */
  public void clear(@NotNull LocalDate day) {
    CalendarDay existing = em.find(CalendarDay.class, day);
    if (existing != null) {
      em.remove(existing);
    }
  }
}
