package org.casedesk.cases;

import java.io.Serializable;

/**
 * One of my open cases on the handler's home page with the time left to its due time, in minutes
 * (negative once overdue).
 */
public record UrgentCase(CaseSummary summary, long minutesLeft) implements Serializable {

  public boolean overdue() {
    return minutesLeft < 0;
  }

  /** Whole days of the time left (or overdue). */
  public long days() {
    return Math.abs(minutesLeft) / (24 * 60);
  }

  /** Hours beyond the whole days. */
  public long hours() {
    return Math.abs(minutesLeft) / 60 % 24;
  }

  /** Minutes beyond the whole hours. */
  public long minutes() {
    return Math.abs(minutesLeft) % 60;
  }
}
