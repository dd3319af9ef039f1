package org.casedesk.audit;

/** What was done with personal data. */
public enum AuditAction {
  /** A case page showed the resident, masked. */
  VIEW_RESIDENT,
  /** The full phone and ID number were shown on request (显示完整号码). */
  REVEAL_RESIDENT
}
