package org.casedesk.web.notifications;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.casedesk.notifications.NotificationService;

/** The unread count in the header, read once per request for a signed-in user. */
@Named
@RequestScoped
public class NotificationBadge {

  @Inject private NotificationService notifications;
  private long unread;

  @PostConstruct
  void load() {
    if (FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null) {
      unread = notifications.unreadCount();
    }
  }

  public long getUnread() {
    return unread;
  }
}
