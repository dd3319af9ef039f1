package org.casedesk.meetings;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A decision task with its owner, deadline and status. */
public record DecisionItem(
    long id,
    long version,
    long meetingId,
    String meeting,
    long agendaItemId,
    Long caseId,
    String caseNo,
    String text,
    String ownerUnit,
    String ownerMember,
    LocalDate dueOn,
    LocalDateTime doneAt,
    String doneNote,
    boolean overdue)
    implements Serializable {}
