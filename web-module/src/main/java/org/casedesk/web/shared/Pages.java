package org.casedesk.web.shared;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.casedesk.shared.Roles;

/** Redirect after a successful POST, keeping the success message; role checks of a page. */
public final class Pages {

  private Pages() {}

  /**
   * One action of a page: the service call, then its success message and a redirect to {@code path}
   * (redirect after POST); on a refusal the message stays on the page and {@code onFailure} reloads
   * what it shows.
   */
  public static void act(Runnable action, String successKey, String path, Runnable onFailure)
      throws IOException {
    if (Messages.attempt(action)) {
      Messages.info(successKey);
      redirect(path);
    } else {
      onFailure.run();
    }
  }

  public static void redirect(String path) throws IOException {
    Messages.keepForRedirect();
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
  }

  public static boolean inRole(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }

  /** ADMIN and officials maintain committee records. */
  public static boolean maintains() {
    return inRole(Roles.ADMIN)
        || inRole(Roles.COMMUNITY_OFFICIAL)
        || inRole(Roles.SUBDISTRICT_OFFICIAL);
  }
}
