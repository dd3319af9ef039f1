package org.casedesk.audit;

/** What was done with personal data, or taken out of the system. */
public enum AuditAction {
  /** A case page showed the resident, masked. */
  VIEW_RESIDENT,
  /** The full phone and ID number were shown on request (显示完整号码). */
  REVEAL_RESIDENT,
  /** A report was exported (XLSX, PDF or CSV); detail says which. */
  EXPORT_REPORT,
  /** An administrator created a user (also by import; detail says so). */
  USER_CREATED,
  /** Name, role, area or committee member of a user changed; detail says what. */
  USER_CHANGED,
  USER_DEACTIVATED,
  USER_REACTIVATED,
  /** An administrator set a one-time password. */
  PASSWORD_RESET,
  /** The user changed their own password. */
  PASSWORD_CHANGED,
  /** The audit log was exported (CSV or XLSX); detail says which and the filter. */
  EXPORT_AUDIT,
  /** A user name was locked after repeated failed sign-ins; detail: address, until. */
  LOGIN_LOCKED,
  /** ADMIN lifted a sign-in lock or an address's slow-down; detail says which. */
  LOGIN_UNLOCKED,
  /** An Open311 client read the case; detail names the client and the resource. */
  API_READ,
  /** The search box looked cases up by a phone's digits or by words (names); detail: the term. */
  SEARCH_RESIDENT,
  /** The case search's results were exported (CSV or XLSX); detail: format, rows, filter. */
  EXPORT_CASES
}
