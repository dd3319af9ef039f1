package org.casedesk.reports;

/** The periods a report covers; weeks are ISO weeks (Monday to Sunday). */
public enum PeriodType {
  DAY,
  WEEK,
  MONTH,
  QUARTER,
  YEAR
}
