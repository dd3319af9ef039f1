package org.casedesk.mediation;

import java.io.Serializable;
import java.time.LocalDate;

/** A mediation as the list shows it. */
public record MediationItem(
    long id,
    long version,
    long caseId,
    String caseNo,
    String grid,
    String parties,
    Outcome outcome,
    LocalDate followUpOn,
    Boolean kept,
    boolean followUpDue)
    implements Serializable {}
