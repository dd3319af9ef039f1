package org.casedesk.cases;

/** The resident's answer at follow-up (回访). */
public enum Satisfaction {
  SATISFIED,
  BASICALLY_SATISFIED,
  DISSATISFIED;

  public boolean isContent() {
    return this != DISSATISFIED;
  }
}
