package org.casedesk.cases;

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
  /** 结案 */
  CLOSED;

  private static final Map<CaseState, Set<CaseState>> NEXT =
      Map.of(
          ACCEPTED, EnumSet.of(DISPATCHED, ANSWERED),
          ANSWERED, EnumSet.of(CLOSED),
          DISPATCHED, EnumSet.of(SIGNED, HANDLING, RETURNED),
          SIGNED, EnumSet.of(HANDLING, RETURNED),
          HANDLING, EnumSet.of(HANDLING, RESOLVED, RETURNED, ESCALATED),
          RETURNED, EnumSet.of(DISPATCHED),
          ESCALATED, EnumSet.of(HANDLING, RESOLVED),
          RESOLVED, EnumSet.of(CLOSED, HANDLING),
          CLOSED, EnumSet.noneOf(CaseState.class));

  public boolean canMoveTo(CaseState next) {
    return NEXT.get(this).contains(next);
  }

  /** Open means somebody still has work to do on it. */
  public boolean isOpen() {
    return this != CLOSED && this != ANSWERED;
  }

  /** States in which the handler is working on it (counted for "overdue"). */
  public static Set<CaseState> withHandler() {
    return EnumSet.of(DISPATCHED, SIGNED, HANDLING, ESCALATED);
  }
}
