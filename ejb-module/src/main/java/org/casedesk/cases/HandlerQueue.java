package org.casedesk.cases;

/** The handler's queues: my cases, my grid's, my unit's, and my overdue ones. */
public enum HandlerQueue {
  MINE,
  GRID,
  UNIT,
  OVERDUE
}
