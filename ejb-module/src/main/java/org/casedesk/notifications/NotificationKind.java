package org.casedesk.notifications;

/** What a notification tells its recipient. */
public enum NotificationKind {
  /** A case was dispatched to me (at intake or again by the help desk). */
  DISPATCHED,
  /** 催办 on my case. */
  URGED,
  /** 督办 on my case. */
  SUPERVISED,
  /** My extension request was approved. */
  EXTENSION_APPROVED,
  /** My extension request was refused. */
  EXTENSION_REFUSED,
  /** The case I returned (退单) was dispatched to another handler. */
  RETURN_REDISPATCHED,
  /** An official sent my case back (发回重办) after a dissatisfied follow-up. */
  SENT_BACK,
  /** A committee decision task was assigned to me or my member unit. */
  DECISION_TASK
}
