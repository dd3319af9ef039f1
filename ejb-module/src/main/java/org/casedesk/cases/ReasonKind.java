package org.casedesk.cases;

/** The lists of reasons ADMIN maintains (case_reason.kind). */
public enum ReasonKind {
  /** Why a request is invalid (无效诉求 / 不予受理). */
  INVALID,
  /** Why a case is closed although the resident stays dissatisfied (不满意结案). */
  DISSATISFIED
}
