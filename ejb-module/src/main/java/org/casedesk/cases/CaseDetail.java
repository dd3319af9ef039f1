package org.casedesk.cases;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.casedesk.shared.LocalizedName;

/** Everything the case page shows, loaded in one service call. Personal data is masked. */
public record CaseDetail(
    long id,
    long version,
    String caseNo,
    CaseState state,
    LocalizedName category,
    Channel channel,
    String description,
    String residentName,
    String residentPhone,
    String address,
    String handlerName,
    LocalDateTime acceptedAt,
    LocalDateTime dueAt,
    String reply,
    Satisfaction satisfaction,
    List<HistoryItem> history)
    implements Serializable {}
