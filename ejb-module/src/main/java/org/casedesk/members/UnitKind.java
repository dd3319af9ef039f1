package org.casedesk.members;

/** The kinds of member unit on a community committee (一核多元). */
public enum UnitKind {
  /** 社区党委 */
  PARTY_COMMITTEE,
  /** 居委会 */
  RESIDENTS_COMMITTEE,
  /** 业委会 */
  OWNERS_COMMITTEE,
  /** 物业公司 */
  PROPERTY_COMPANY,
  /** 驻区单位 */
  RESIDENT_UNIT,
  /** 社会组织 */
  SOCIAL_ORGANISATION,
  /** 产权单位 of old courtyards without a property company */
  OWNING_UNIT
}
