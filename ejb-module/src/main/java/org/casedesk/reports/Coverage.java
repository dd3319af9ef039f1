package org.casedesk.reports;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * How much of a period the report job has covered: its days, how many of them have no run yet
 * (today and future days never have one), and the last day that has one (null: none).
 */
public record Coverage(long days, long unreported, LocalDate reportedUntil)
    implements Serializable {

  public boolean complete() {
    return unreported == 0;
  }
}
