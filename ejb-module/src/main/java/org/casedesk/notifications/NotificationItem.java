package org.casedesk.notifications;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A line of the notification list: what, about which case (its number, or a task's text), by whom,
 * when, and whether it was read.
 */
public record NotificationItem(
    long id,
    NotificationKind kind,
    Long caseId,
    String subject,
    String detail,
    String actorName,
    LocalDateTime createdAt,
    boolean read)
    implements Serializable {}
