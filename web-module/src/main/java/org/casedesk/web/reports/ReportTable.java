package org.casedesk.web.reports;

import java.io.Serializable;
import java.util.List;

/**
 * One table of a report as the page and every export show it: a title, column headings and rows of
 * already formatted cells. A cell may carry a link to the cases behind its figure (the page shows
 * it; files leave it out).
 */
public record ReportTable(String id, String title, List<String> header, List<List<Cell>> rows)
    implements Serializable {

  /** A formatted figure and, for drill-down, the case search's query string (or null). */
  public record Cell(String text, String link) implements Serializable {

    public static Cell of(String text) {
      return new Cell(text, null);
    }
  }

  /** The cells' texts, row by row, for the exports. */
  public List<List<String>> texts() {
    return rows.stream().map(r -> r.stream().map(Cell::text).toList()).toList();
  }
}
