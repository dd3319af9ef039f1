package org.casedesk.pairing;

/** How a pairing visit was made. */
public enum VisitForm {
  /** 入户 */
  HOME_VISIT,
  /** 电话 */
  PHONE,
  /** 座谈慰问 */
  GROUP_TALK
}
