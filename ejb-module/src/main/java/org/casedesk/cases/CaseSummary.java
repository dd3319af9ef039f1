package org.casedesk.cases;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.casedesk.shared.LocalizedName;

/**
 * A row of a case queue: overdue (by how many whole days), or near its deadline (the category's
 * warning threshold), the version the user saw (bulk actions carry it), the resident's name masked
 * (王**, empty for anonymous cases), when it was resolved, its handler and a pending extension
 * request's working days.
 */
public record CaseSummary(
    long id,
    String caseNo,
    LocalizedName category,
    String address,
    CaseState state,
    LocalDateTime acceptedAt,
    LocalDateTime dueAt,
    boolean overdue,
    boolean nearDeadline,
    long version,
    Long residentId,
    String residentMasked,
    LocalDateTime resolvedAt,
    String handler,
    Integer extensionDays,
    long daysOverdue)
    implements Serializable {}
