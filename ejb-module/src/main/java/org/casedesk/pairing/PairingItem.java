package org.casedesk.pairing;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A pairing as lists show it: who with whom, the cadence of the resident's group, the next visit
 * due and whether it is overdue (an ended pairing never is).
 */
public record PairingItem(
    long id,
    long version,
    long memberId,
    String member,
    long residentId,
    String resident,
    String address,
    String tag,
    int cadenceDays,
    long gridId,
    String grid,
    LocalDate startedOn,
    LocalDate endedOn,
    LocalDate lastVisitOn,
    LocalDate nextDueOn,
    boolean overdue)
    implements Serializable {}
