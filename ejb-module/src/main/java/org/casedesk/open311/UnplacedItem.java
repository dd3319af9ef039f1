package org.casedesk.open311;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An Open311 request whose address the tree did not match, waiting for the help desk. */
public record UnplacedItem(
    long id,
    LocalDateTime receivedAt,
    String client,
    String service,
    String externalId,
    String addressString,
    Double lat,
    Double lng,
    String description)
    implements Serializable {}
