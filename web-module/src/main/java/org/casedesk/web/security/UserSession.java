package org.casedesk.web.security;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import org.casedesk.accounts.CurrentUser;
import org.casedesk.signin.AccountService;

/** The signed-in user and the chosen language (zh_CN by default). */
@Named
@SessionScoped
public class UserSession implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale = Locale.SIMPLIFIED_CHINESE;
  private CurrentUser user;

  // not transient: the session moves to another node of a cluster, where a transient field would
  // stay null (CDI does not inject again); the reference to the EJB is serializable
  @Inject private AccountService accounts;

  public Locale getLocale() {
    return locale;
  }

  /**
   * The signed-in user, read once per session; {@code null} before sign-in, and on an error page of
   * an address outside the protected pages (e.g. a 404), where the EJB container sees no caller.
   */
  public CurrentUser getUser() {
    if (user == null
        && FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null) {
      try {
        user = accounts.currentUser();
      } catch (EJBAccessException e) {
        return null;
      }
    }
    return user;
  }

  /** The signed-in user after they changed their password (no longer a one-time one). */
  public void passwordChanged(CurrentUser changed) {
    user = changed;
  }

  /** Switches the language and reloads the current page. */
  public void switchLanguage(String language) throws IOException {
    locale = "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String query = request.getQueryString();
    external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
  }

  /** Signs out: ends the authentication and throws the whole session away. */
  public void logout() throws ServletException, IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }
}
