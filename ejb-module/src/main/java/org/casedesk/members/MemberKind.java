package org.casedesk.members;

/** What a person on the committee is. */
public enum MemberKind {
  /** 委员 representing a unit */
  MEMBER,
  /** 党员志愿者 */
  PARTY_VOLUNTEER,
  /** 网格员 */
  GRID_WORKER,
  /** 合伙人 */
  PARTNER
}
