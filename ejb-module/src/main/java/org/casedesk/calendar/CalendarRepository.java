package org.casedesk.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Loads the official calendar. Joins the caller's transaction. */
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
}
