package org.casedesk.pairing;

import java.io.Serializable;
import java.time.LocalDate;

/** A logged visit and the case raised from it, if any. */
public record VisitItem(
    long id,
    LocalDate visitedOn,
    VisitForm form,
    String notes,
    boolean onTime,
    String recordedBy,
    Long caseId,
    String caseNo)
    implements Serializable {}
