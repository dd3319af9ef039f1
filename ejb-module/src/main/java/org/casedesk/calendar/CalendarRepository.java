package org.casedesk.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads the official calendar and keeps its exceptions. Joins the caller's transaction. */
@ApplicationScoped
public class CalendarRepository {

  @PersistenceContext private EntityManager em;

  public WorkCalendar load() {
    Map<LocalDate, Boolean> exceptions = new HashMap<>();
    em.createQuery("select d from CalendarDay d", CalendarDay.class)
        .getResultList()
        .forEach(d -> exceptions.put(d.getDay(), d.isWorking()));
    return new WorkCalendar(exceptions);
  }

  /** The days of {@code [from, to)} that differ from the weekday rule, in order. */
  List<CalendarDayItem> exceptions(LocalDate from, LocalDate to) {
    return em.createQuery(
            "select new org.casedesk.calendar.CalendarDayItem(d.day, d.working, d.note)"
                + " from CalendarDay d where d.day >= :from and d.day < :to order by d.day",
            CalendarDayItem.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /** The exception set for a day, or null. */
  CalendarDay find(LocalDate day) {
    return em.find(CalendarDay.class, day);
  }

  void add(CalendarDay day) {
    em.persist(day);
  }

  void remove(CalendarDay day) {
    em.remove(day);
  }
}
