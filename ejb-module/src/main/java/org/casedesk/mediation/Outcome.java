package org.casedesk.mediation;

/** How a mediation ended. */
public enum Outcome {
  /** 达成协议 */
  AGREEMENT,
  /** 未达成协议 */
  NO_AGREEMENT,
  /** 转交（司法所、法院等） */
  REFERRED
}
