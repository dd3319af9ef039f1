package org.casedesk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.casedesk.calendar.CalendarDayItem;
import org.casedesk.calendar.CalendarService;
import org.casedesk.web.shared.Messages;

/** The working-day calendar of one year: holidays and make-up working days. */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient CalendarService calendar;
  @Inject private transient Clock clock;

  private int year;
  private List<CalendarDayItem> days;
  private LocalDate day;
  private boolean working;
  private String note;

  @PostConstruct
  void init() {
    year = LocalDate.now(clock).getYear();
    load();
  }

  public void load() {
    Messages.attempt(() -> days = calendar.exceptions(year));
  }

  public void save() {
    if (Messages.attempt(() -> calendar.set(day, working, note))) {
      Messages.info("calendar.saved", day.toString());
      day = null;
      note = null;
      working = false;
      load();
    }
  }

  public void clear(LocalDate which) {
    if (Messages.attempt(() -> calendar.clear(which))) {
      Messages.info("calendar.cleared", which.toString());
      load();
    }
  }

  public List<CalendarDayItem> getDays() {
    return days;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public boolean isWorking() {
    return working;
  }

  public void setWorking(boolean working) {
    this.working = working;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
