package org.casedesk.notifications;

import java.io.Serializable;
import java.util.List;

/** One page of my notifications, newest first, with the totals for the pager and the badge. */
public record NotificationPage(
    List<NotificationItem> items, int first, int size, long total, long unread)
    implements Serializable {

  public static final int SIZE = 20;
}
