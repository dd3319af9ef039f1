package org.casedesk.reports;

import java.io.Serializable;
import org.casedesk.shared.LocalizedName;

/** One row of the daily snapshot: a category in a grid on a day. */
public record SnapshotRow(
    LocalizedName category,
    String grid,
    long closed,
    long closedOnTime,
    long followedUp,
    long satisfied,
    long sentBack)
    implements Serializable {

  /** 按时办结率 in percent, or {@code null} ("—") when nothing was closed. */
  public Double onTimeRate() {
    return rate(closedOnTime, closed);
  }

  /** 满意率 in percent, or {@code null} ("—") when nobody was followed up. */
  public Double satisfactionRate() {
    return rate(satisfied, followedUp);
  }

  static Double rate(long part, long whole) {
    return whole == 0 ? null : 100.0 * part / whole;
  }
}
