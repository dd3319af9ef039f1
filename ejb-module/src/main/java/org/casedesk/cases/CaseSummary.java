package org.casedesk.cases;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.casedesk.shared.LocalizedName;

/** A row of a case queue. */
public record CaseSummary(
    long id,
    String caseNo,
    LocalizedName category,
    String address,
    CaseState state,
    LocalDateTime acceptedAt,
    LocalDateTime dueAt,
    boolean overdue)
    implements Serializable {}
