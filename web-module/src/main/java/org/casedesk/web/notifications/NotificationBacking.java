package org.casedesk.web.notifications;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.casedesk.notifications.NotificationItem;
import org.casedesk.notifications.NotificationPage;
import org.casedesk.notifications.NotificationService;
import org.casedesk.web.shared.Messages;

/**
 * 通知 (notifications/list.xhtml): my notifications, newest first, 20 a page; opening one marks it
 * read and goes to its case (or the decision tasks), and all can be marked read at once.
 */
@Named
@ViewScoped
public class NotificationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private NotificationService notifications;

  private int first;
  private boolean unreadOnly;
  private NotificationPage page;

  /** The view action: loads the page named by the view parameters. */
  public void load() {
    page = notifications.page(first, unreadOnly);
  }

  /** Marks one read and opens what it is about. */
  public void open(NotificationItem item) throws IOException {
    if (Messages.attempt(() -> notifications.markRead(item.id()))) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/" + target(item));
    }
  }

  /** Where a notification leads: its case, or the decision tasks for one without a case. */
  public String target(NotificationItem item) {
    return item.caseId() != null
        ? "cases/case.xhtml?id=" + item.caseId()
        : "committee/decisions.xhtml";
  }

  public void markRead(NotificationItem item) {
    if (Messages.attempt(() -> notifications.markRead(item.id()))) {
      load();
    }
  }

  public void markAllRead() {
    int[] marked = new int[1];
    if (Messages.attempt(() -> marked[0] = notifications.markAllRead())) {
      Messages.info("notification.allRead", marked[0]);
      load();
    }
  }

  public NotificationPage getPage() {
    return page;
  }

  public int getFirst() {
    return first;
  }

  public void setFirst(int first) {
    this.first = Math.max(0, first);
  }

  public boolean isUnreadOnly() {
    return unreadOnly;
  }

  public void setUnreadOnly(boolean unreadOnly) {
    this.unreadOnly = unreadOnly;
  }
}
