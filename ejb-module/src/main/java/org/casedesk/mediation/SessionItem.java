package org.casedesk.mediation;

import java.io.Serializable;
import java.time.LocalDate;

/** A mediation session: day, notes, who recorded it. */
public record SessionItem(LocalDate heldOn, String notes, String recordedBy)
    implements Serializable {}
