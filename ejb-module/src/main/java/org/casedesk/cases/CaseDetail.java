package org.casedesk.cases;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.casedesk.categories.Channel;
import org.casedesk.shared.LocalizedName;

/**
 * Everything the case page shows, loaded in one service call. Personal data is masked (member-unit
 * staff who do not handle the case see the name masked too). {@code callers} are the further
 * callers merged into the case. A non-null {@code extensionDays} is an extension request waiting
 * for an official. An invalid case has its reason and note; a case closed dissatisfied after review
 * its {@code closeReason}.
 */
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
    LocalDateTime signDueAt,
    Integer extensionDays,
    String extensionReason,
    String reply,
    Satisfaction satisfaction,
    List<HistoryItem> history,
    List<CallerItem> callers,
    LocalizedName invalidReason,
    String invalidNote,
    LocalizedName closeReason,
    int sentBackCount,
    Allowed allowed)
    implements Serializable {

  /**
   * What the signed-in user may do on the case besides the handler's steps, decided by the service:
   * mark it invalid (help desk, officials of its area), review a dissatisfied follow-up
   * (officials), and within the review send it back (until the send-back limit is reached).
   */
  public record Allowed(boolean markInvalid, boolean review, boolean sendBack)
      implements Serializable {}
}
