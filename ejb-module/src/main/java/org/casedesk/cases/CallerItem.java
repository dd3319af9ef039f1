package org.casedesk.cases;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.casedesk.categories.Channel;

/**
 * A further caller of a case as the case page shows them: name and phone masked by the server (both
 * null for an anonymous caller), and their follow-up once done.
 */
public record CallerItem(
    long id,
    String name,
    String phone,
    Channel channel,
    String description,
    LocalDateTime addedAt,
    Satisfaction satisfaction,
    LocalDateTime followedUpAt)
    implements Serializable {

  public boolean waitsForFollowUp() {
    return followedUpAt == null;
  }
}
