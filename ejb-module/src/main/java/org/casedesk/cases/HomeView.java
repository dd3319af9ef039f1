package org.casedesk.cases;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A home page: the open and overdue counts, what needs the user now (per role), a handler's most
 * urgent cases, officials' overdue cases by grid and by unit, and for ADMIN when the report job
 * last finished a nightly run.
 */
public record HomeView(
    HomeCounts counts,
    List<HomeItem> items,
    List<UrgentCase> urgent,
    List<AreaOverdue> overdueByGrid,
    List<AreaOverdue> overdueByUnit,
    LocalDateTime lastReportRun)
    implements Serializable {}
