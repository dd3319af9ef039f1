package org.casedesk.notifications;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import org.casedesk.accounts.BaseService;
import org.casedesk.accounts.UserAccount;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;

/**
 * A user's own notifications: the unread count for the header's badge, the list, and marking them
 * read. Nobody sees or marks anyone else's (someone else's id looks like a missing one).
 */
@Stateless
@RolesAllowed({
  Roles.HELPDESK,
  Roles.HANDLER,
  Roles.COMMUNITY_OFFICIAL,
  Roles.SUBDISTRICT_OFFICIAL,
  Roles.ADMIN
})
public class NotificationService extends BaseService {

  @Inject private NotificationRepository notifications;

  /** How many of my notifications are unread (the header's badge). */
  public long unreadCount() {
    return notifications.unread(me().getId());
  }

  /** A page of my notifications from row {@code first}, newest first. */
  public NotificationPage page(@Min(0) int first, boolean unreadOnly) {
    UserAccount me = me();
    long unread = notifications.unread(me.getId());
    long total = unreadOnly ? unread : notifications.total(me.getId());
    int from = (int) Math.min(first, Math.max(0, total - 1));
    return new NotificationPage(
        total == 0
            ? java.util.List.of()
            : notifications.page(me.getId(), unreadOnly, from, NotificationPage.SIZE),
        from,
        NotificationPage.SIZE,
        total,
        unread);
  }

  /** Marks one of my notifications read. */
  public void markRead(long notificationId) {
    if (!notifications.markRead(me().getId(), notificationId)) {
      throw new BusinessException("notification.notFound");
    }
  }

  /** Marks all my unread notifications read; returns how many. */
  public int markAllRead() {
    return notifications.markAllRead(me().getId(), null);
  }
}
