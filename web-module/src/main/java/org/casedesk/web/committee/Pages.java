package org.casedesk.web.committee;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.casedesk.web.shared.Messages;

/** Redirect after a successful POST, keeping the success message. */
final class Pages {

  private Pages() {}

  static void redirect(String path) throws IOException {
    Messages.keepForRedirect();
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
  }

  static boolean inRole(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }

  /** ADMIN and officials maintain committee records. */
  static boolean maintains() {
    return inRole("ADMIN") || inRole("COMMUNITY_OFFICIAL") || inRole("SUBDISTRICT_OFFICIAL");
  }
}
