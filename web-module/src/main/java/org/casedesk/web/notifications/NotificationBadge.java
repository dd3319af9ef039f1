package org.casedesk.web.notifications;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
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
      try {
        unread = notifications.unreadCount();
      } catch (EJBAccessException e) {
        // the error page after a servlet's error (e.g. 404 of /files/…) runs without the caller's
        // identity for EJBs: no badge there rather than an error page that fails itself
        unread = 0;
      }
    }
  }

  public long getUnread() {
    return unread;
  }
}
