package org.casedesk.cases;

import java.io.Serializable;
import java.util.List;

/** One page of a queue, paged on the database: its rows, where it starts, and how many in all. */
public record CasePage(List<CaseSummary> rows, int first, int pageSize, long total)
    implements Serializable {

  /** Rows per queue page. */
  public static final int SIZE = 50;

  public static CasePage empty() {
    return new CasePage(List.of(), 0, SIZE, 0);
  }

  public boolean hasPrevious() {
    return first > 0;
  }

  public boolean hasNext() {
    return first + rows.size() < total;
  }

  public int previousFirst() {
    return Math.max(0, first - pageSize);
  }

  public int nextFirst() {
    return first + pageSize;
  }

  /** 1-based number of the last row shown. */
  public int last() {
    return first + rows.size();
  }
}
