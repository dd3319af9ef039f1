package org.casedesk.reports;

/**
 * Cases an indicator may leave out of due(P) and closed(P) (they are always counted in 受理量). Chosen
 * with {@code casedesk.report.exclusions} (comma-separated; default {@code DIRECT_ANSWER}); each
 * run records the exclusions it used.
 */
public enum ReportExclusion {
  /** Answered at the desk (直接答复): never dispatched. */
  DIRECT_ANSWER("c.dispatched_at is not null"),
  /** Linked by the help desk as a repeat of an earlier case (重复诉求). */
  REPEAT_LINKED("c.repeat_of_id is null");

  private final String keepCondition;

  ReportExclusion(String keepCondition) {
    this.keepCondition = keepCondition;
  }

  /** SQL condition on work_case alias {@code c} that keeps the cases this exclusion allows. */
  String keepCondition() {
    return keepCondition;
  }
}
