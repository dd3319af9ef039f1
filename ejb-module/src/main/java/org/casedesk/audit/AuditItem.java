package org.casedesk.audit;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An audit line as the audit screen shows it. */
public record AuditItem(
    LocalDateTime at, String actor, AuditAction action, String caseNo, String detail)
    implements Serializable {}
