package org.casedesk.meetings;

import java.io.Serializable;
import java.time.LocalDate;

/** A meeting as the list shows it. */
public record MeetingItem(
    long id,
    long version,
    String title,
    Long communityId,
    String community,
    LocalDate heldOn,
    String place,
    boolean minuted,
    long agendaItems,
    long openDecisions)
    implements Serializable {}
