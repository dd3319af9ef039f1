package org.casedesk.cases;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of a case's timeline. */
public record HistoryItem(
    LocalDateTime at,
    String actor,
    CaseState fromState,
    CaseState toState,
    CaseAction action,
    Satisfaction satisfaction,
    String note)
    implements Serializable {}
