package org.casedesk.audit;

/** What was done with personal data, or taken out of the system. */
public enum AuditAction {
  /** A case page showed the resident, masked. */
  VIEW_RESIDENT,
  /** The full phone and ID number were shown on request (显示完整号码). */
  REVEAL_RESIDENT,
  /** A report was exported (XLSX, PDF or CSV); detail says which. */
  EXPORT_REPORT,
  /** A user name was locked after repeated failed sign-ins (issue 13); detail: address, until. */
  LOGIN_LOCKED,
  /** ADMIN lifted a sign-in lock or an address's slow-down; detail says which. */
  LOGIN_UNLOCKED
}
