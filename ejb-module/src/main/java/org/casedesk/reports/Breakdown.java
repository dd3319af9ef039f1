package org.casedesk.reports;

/** What a report's rows are, and the snapshot column they group by. */
public enum Breakdown {
  UNIT("unit_id"),
  COMMUNITY("community_id"),
  GRID("grid_id"),
  CATEGORY("category_id"),
  CHANNEL("channel");

  private final String column;

  Breakdown(String column) {
    this.column = column;
  }

  /** The column of report_daily and report_daily_late (never user input). */
  String column() {
    return column;
  }
}
