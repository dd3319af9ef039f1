package org.casedesk.open311;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.casedesk.categories.Channel;

/** An API client as the admin page lists it (never its key). */
public record ApiClientItem(
    long id,
    String name,
    Channel channel,
    int ratePerMinute,
    LocalDateTime createdAt,
    LocalDateTime revokedAt)
    implements Serializable {}
