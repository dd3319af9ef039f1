package org.casedesk.cases;

import java.io.Serializable;

/** One "needs me now" figure of a home page; the page links each kind to its queue or search. */
public record HomeItem(Kind kind, long count) implements Serializable {

  /** What is counted. */
  public enum Kind {
    /** Handler: my open cases due before 24:00 today (not yet overdue). */
    DUE_TODAY,
    /** Handler: my open cases past their due time; officials: their area's. */
    OVERDUE,
    /** Handler: my cases urged or supervised since they were dispatched to me. */
    URGED,
    /** Handler: my cases sent back to me (发回重办) after a dissatisfied follow-up. */
    SENT_BACK,
    /** Help desk: resolved cases (or further callers) waiting for their follow-up. */
    FOLLOW_UPS,
    /** Help desk: returned cases waiting to be dispatched again. */
    RETURNED,
    /** Officials: extension requests of their area waiting for a decision. */
    EXTENSIONS,
    /** Officials: dissatisfied cases of their area waiting for review. */
    REVIEW,
    /** ADMIN: report job executions that failed within the last seven days. */
    FAILED_JOBS
  }
}
