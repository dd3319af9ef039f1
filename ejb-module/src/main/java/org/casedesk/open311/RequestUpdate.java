package org.casedesk.open311;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One step of a case's history as a FixMyStreet-style update: the extended status it led to and,
 * for a client with a key, what was noted.
 */
public record RequestUpdate(
    long updateId,
    String serviceRequestId,
    String status,
    OffsetDateTime updatedDatetime,
    String description)
    implements Serializable {}
