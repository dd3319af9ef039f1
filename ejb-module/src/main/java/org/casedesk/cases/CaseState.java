package org.casedesk.cases;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The lifecycle of a work order (DOMAIN.md) as an explicit state machine. */
public enum CaseState {
  /** 受理 */
  ACCEPTED,
  /** 直接答复 */
  ANSWERED,
  /** 派单 */
  DISPATCHED,
  /** 签收 */
  SIGNED,
  /** 办理 */
  HANDLING,
  /** 退单 */
  RETURNED,
  /** 提交会议 */
  ESCALATED,
  /** 办结 */
  RESOLVED,
  /** 不满意件审核: the resident was dissatisfied; an official of the area sends it back or closes it. */
  REVIEW,
  /** 结案 */
  CLOSED,
  /** 无效诉求 / 不予受理: counted as accepted, left out of every other figure. */
  INVALID;

  private static final Map<CaseState, Set<CaseState>> NEXT = new EnumMap<>(CaseState.class);

  static {
    NEXT.put(ACCEPTED, EnumSet.of(DISPATCHED, ANSWERED, INVALID));
    NEXT.put(ANSWERED, EnumSet.of(CLOSED));
    NEXT.put(DISPATCHED, EnumSet.of(SIGNED, HANDLING, RETURNED, INVALID));
    NEXT.put(SIGNED, EnumSet.of(HANDLING, RETURNED, INVALID));
    NEXT.put(HANDLING, EnumSet.of(HANDLING, RESOLVED, RETURNED, ESCALATED, INVALID));
    NEXT.put(RETURNED, EnumSet.of(DISPATCHED, INVALID));
    NEXT.put(ESCALATED, EnumSet.of(HANDLING, RESOLVED));
    NEXT.put(RESOLVED, EnumSet.of(CLOSED, REVIEW));
    NEXT.put(REVIEW, EnumSet.of(HANDLING, CLOSED));
    NEXT.put(CLOSED, EnumSet.noneOf(CaseState.class));
    NEXT.put(INVALID, EnumSet.noneOf(CaseState.class));
  }

  /** The states that end a case: nobody has work left on it. */
  public static Set<CaseState> finished() {
    return EnumSet.of(CLOSED, ANSWERED, INVALID);
  }

  /**
   * The states that are not finished, as a list to match with {@code in}: the state index answers
   * that in milliseconds, where {@code not in} the finished ones reads every case.
   */
  public static Set<CaseState> open() {
    return EnumSet.complementOf(EnumSet.of(CLOSED, ANSWERED, INVALID));
  }

  public boolean canMoveTo(CaseState next) {
    return NEXT.get(this).contains(next);
  }

  /** Open means somebody still has work to do on it. */
  public boolean isOpen() {
    return this != CLOSED && this != ANSWERED && this != INVALID;
  }

  /** States in which the handler is working on it (counted for "overdue"). */
  public static Set<CaseState> withHandler() {
    return EnumSet.of(DISPATCHED, SIGNED, HANDLING, ESCALATED);
  }
}
