package org.casedesk.volunteer;

import java.io.Serializable;
import java.time.LocalDate;

/** A unit service as lists show it, with how many residents received it. */
public record ServiceItem(
    long id,
    ServiceType type,
    String title,
    String community,
    String grid,
    String unit,
    LocalDate servedOn,
    long recipients)
    implements Serializable {}
