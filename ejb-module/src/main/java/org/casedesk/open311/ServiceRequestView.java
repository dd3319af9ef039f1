package org.casedesk.open311;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case as GeoReport v2 shows it: never the resident, their phone, ID number or flat; the address
 * is the courtyard's (or building's). {@code description} and {@code notes} are null when withheld.
 */
public record ServiceRequestView(
    String serviceRequestId,
    String externalId,
    String status,
    String statusNotes,
    String serviceName,
    String serviceCode,
    String description,
    String agencyResponsible,
    OffsetDateTime requestedDatetime,
    OffsetDateTime updatedDatetime,
    OffsetDateTime expectedDatetime,
    String address,
    Long addressId,
    Double lat,
    Double lng,
    List<RequestUpdate> notes)
    implements Serializable {}
