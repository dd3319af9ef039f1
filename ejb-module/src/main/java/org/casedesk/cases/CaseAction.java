package org.casedesk.cases;

/**
 * What a history row records besides a move between states (a row with no action is a move): the
 * steps that leave the state as it is.
 */
public enum CaseAction {
  /** 催办: an official urges the handler. */
  URGED,
  /** 督办: an official supervises the case with instructions. */
  SUPERVISED,
  /** 申请延期 */
  EXTENSION_REQUESTED,
  /** 同意延期: the due date moves. */
  EXTENSION_APPROVED,
  /** 不同意延期 */
  EXTENSION_REFUSED,
  /** 重复诉求: linked to the earlier case it repeats. */
  REPEAT_LINKED,
  /** A photo or document was attached. */
  ATTACHED,
  /** 合并: a further caller about the same problem was attached to the case. */
  CALLER_MERGED,
  /** 回访 of a further caller, with their answer. */
  CALLER_FOLLOWED_UP,
  /** 现场核查: the handler went on site. */
  VISITED,
  /** 列入社工委会议议程 */
  ON_AGENDA,
  /** 会议决议: a follow-up task with owner and deadline, or "no task needed". */
  COMMITTEE_DECISION,
  /** 决议事项完成 */
  DECISION_DONE,
  /** 发回重办 after the review of a dissatisfied follow-up (a move REVIEW → HANDLING). */
  SENT_BACK,
  /** 不满意结案: closed after review although the resident stays dissatisfied (REVIEW → CLOSED). */
  CLOSED_DISSATISFIED,
  /** 标记无效诉求 (a move to INVALID). */
  MARKED_INVALID
}
