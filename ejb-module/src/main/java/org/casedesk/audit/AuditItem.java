package org.casedesk.audit;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An audit line as the audit screen and its export show it: the resident's name masked, the login
 * of the actor and of the user an administrative action was about.
 */
public record AuditItem(
    LocalDateTime at,
    String actor,
    AuditAction action,
    String caseNo,
    String detail,
    String actorLogin,
    String resident,
    String subjectLogin)
    implements Serializable {}
