package org.casedesk.audit;

/** What was done with personal data, or taken out of the system. */
public enum AuditAction {
  /** A case page showed the resident, masked. */
  VIEW_RESIDENT,
  /** The full phone and ID number were shown on request (显示完整号码). */
  REVEAL_RESIDENT,
  /** A report was exported (XLSX, PDF or CSV); detail says which. */
  EXPORT_REPORT,
  /** An Open311 client read the case (issue 15); detail names the client and the resource. */
  API_READ
}
