package org.casedesk.cases;

/**
 * The handler's queues: my cases, my grid's, my unit's, my overdue ones, and (from the home page)
 * mine due today, urged or supervised, and sent back to me.
 */
public enum HandlerQueue {
  MINE,
  GRID,
  UNIT,
  OVERDUE,
  DUE_TODAY,
  URGED,
  SENT_BACK;

  /** My cases with an urge or supervision since their latest dispatch (to me). */
  public static final String URGED_CONDITION =
      "exists (select h.id from CaseHistory h where h.caseId = c.id and h.action in :urgedBy"
          + " and h.at >= c.dispatchedAt)";

  /** My cases sent back (发回重办) since their latest dispatch. */
  public static final String SENT_BACK_CONDITION =
      "exists (select h.id from CaseHistory h where h.caseId = c.id and h.action = :sentBack"
          + " and h.at >= c.dispatchedAt)";
}
