package org.casedesk.meetings;

import java.io.Serializable;
import java.util.List;

/** An agenda item with its case (if any) and its decisions. */
public record AgendaItemView(
    long id,
    long version,
    Long caseId,
    String caseNo,
    String topic,
    boolean noTaskNeeded,
    List<DecisionItem> decisions)
    implements Serializable {}
