package org.casedesk.reports;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The summed counts of a period (and one row of a breakdown), with the indicators of DOMAIN.md
 * derived from them. {@code late} counts cases due in the period that were resolved after their due
 * day but still within the period. A rate whose denominator is 0 is null (shown as "—").
 */
public record Figures(
    long accepted,
    long repeated,
    long closed,
    long closedOnTime,
    long followedUp,
    long satisfied,
    long dissatisfied,
    long sentBack,
    BigDecimal handlingHours,
    long due,
    long dueResolved,
    long dueOverdue,
    long dispatched,
    long signedOnTime,
    long late)
    implements Serializable {

  public static final Figures NONE =
      new Figures(0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0);

  /** These figures and {@code o} added up (two sets of snapshot rows). */
  Figures plus(Figures o) {
    return new Figures(
        accepted + o.accepted,
        repeated + o.repeated,
        closed + o.closed,
        closedOnTime + o.closedOnTime,
        followedUp + o.followedUp,
        satisfied + o.satisfied,
        dissatisfied + o.dissatisfied,
        sentBack + o.sentBack,
        handlingHours.add(o.handlingHours),
        due + o.due,
        dueResolved + o.dueResolved,
        dueOverdue + o.dueOverdue,
        dispatched + o.dispatched,
        signedOnTime + o.signedOnTime,
        late + o.late);
  }

  /** 办结率: due in the period and resolved by its end ÷ due. */
  public Double closingRate() {
    return rate(dueResolved + late, due);
  }

  /** 按时办结率. */
  public Double onTimeRate() {
    return rate(closedOnTime, closed);
  }

  /** 及时签收率. */
  public Double signingRate() {
    return rate(signedOnTime, dispatched);
  }

  /** 超期率. */
  public Double overdueRate() {
    return rate(dueOverdue, due);
  }

  /** 回访率. */
  public Double followUpRate() {
    return rate(followedUp, closed);
  }

  /** 满意率. */
  public Double satisfactionRate() {
    return rate(satisfied, followedUp);
  }

  /** 不满意率: dissatisfied ÷ followed up. */
  public Double dissatisfactionRate() {
    return rate(dissatisfied, followedUp);
  }

  /** 发回重办率. */
  public Double sentBackRate() {
    return rate(sentBack, closed);
  }

  /** 重复诉求率. */
  public Double repeatRate() {
    return rate(repeated, accepted);
  }

  /** 平均办理时长 in working hours, one decimal; null when nothing was closed. */
  public BigDecimal averageHours() {
    return closed == 0
        ? null
        : handlingHours.divide(BigDecimal.valueOf(closed), 1, RoundingMode.HALF_UP);
  }

  /** 超时办结: closed, but after the due time. */
  public long closedLate() {
    return closed - closedOnTime;
  }

  /** 未办结: due in the period and not resolved by its end. */
  public long unresolved() {
    return due - dueResolved - late;
  }

  /** The share as a fraction (0.5 = 50 %), or null for a denominator of 0. */
  static Double rate(long numerator, long denominator) {
    return denominator == 0 ? null : (double) numerator / denominator;
  }

  /** The relative change from {@code before} to {@code now}; null when before is 0. */
  public static Double change(long now, long before) {
    return before == 0 ? null : (double) (now - before) / before;
  }
}
