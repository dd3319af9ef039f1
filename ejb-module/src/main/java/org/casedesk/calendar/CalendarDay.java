package org.casedesk.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day that differs from the weekday rule: a holiday (off) or a make-up working day (on). */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

  @Id
  @Column(name = "cal_day")
  private LocalDate day;

  @Column(name = "working", nullable = false)
  private boolean working;

  @Column(name = "note", length = 60)
  private String note;

  protected CalendarDay() {}

  public CalendarDay(LocalDate day, boolean working, String note) {
    this.day = day;
    this.working = working;
    this.note = note;
  }

  void change(boolean working, String note) {
    this.working = working;
    this.note = note;
  }

  public LocalDate getDay() {
    return day;
  }

  public boolean isWorking() {
    return working;
  }

  public String getNote() {
    return note;
  }
}
