package org.casedesk.signin;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A user name with failed sign-ins or a lock, or a client address, as ADMIN sees it. */
public record LoginLockItem(
    String id,
    String kind,
    String subject,
    int failures,
    int locks,
    LocalDateTime lockedUntil,
    LocalDateTime lastFailure,
    boolean locked)
    implements Serializable {}
