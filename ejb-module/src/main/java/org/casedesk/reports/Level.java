package org.casedesk.reports;

/** Whose figures a report shows: the whole sub-district, one community or one grid. */
public enum Level {
  SUBDISTRICT,
  COMMUNITY,
  GRID
}
