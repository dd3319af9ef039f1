package org.casedesk.cases;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.casedesk.shared.LocalizedName;

/** A row of a case queue: overdue, or near its deadline (the category's warning threshold). */
public record CaseSummary(
    long id,
    String caseNo,
    LocalizedName category,
    String address,
    CaseState state,
    LocalDateTime acceptedAt,
    LocalDateTime dueAt,
    boolean overdue,
    boolean nearDeadline)
    implements Serializable {}
