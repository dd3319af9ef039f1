package org.casedesk.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.casedesk.cases.HomeItem;
import org.casedesk.cases.HomeView;
import org.casedesk.home.HomeService;
import org.casedesk.shared.Roles;
import org.casedesk.web.shared.Pages;

/**
 * Home page of every role: the open and overdue counts and what needs the user now, each figure
 * linking to the queue or search that lists its cases.
 */
@Named
@RequestScoped
public class HomeBacking {

  @Inject private HomeService homes;
  private HomeView home;

  @PostConstruct
  void load() {
    home = homes.home();
  }

  public HomeView getHome() {
    return home;
  }

  /** The page (with its query) that lists the cases behind a figure. */
  public String link(HomeItem item) {
    return switch (item.kind()) {
      case DUE_TODAY, URGED, SENT_BACK -> "handler/cases.xhtml?queue=" + item.kind();
      case OVERDUE ->
          Pages.inRole(Roles.HANDLER)
              ? "handler/cases.xhtml?queue=OVERDUE"
              : "search/cases.xhtml?overdue=true";
      case FOLLOW_UPS -> "helpdesk/followups.xhtml";
      case RETURNED -> "helpdesk/returned.xhtml";
      case EXTENSIONS -> "supervision/watch.xhtml";
      case REVIEW -> "supervision/review.xhtml";
      case FAILED_JOBS -> "admin/jobs.xhtml";
    };
  }
}
