package org.casedesk.calendar;

import java.io.Serializable;
import java.time.LocalDate;

/** An exception day as the calendar screen shows it. */
public record CalendarDayItem(LocalDate day, boolean working, String note)
    implements Serializable {}
