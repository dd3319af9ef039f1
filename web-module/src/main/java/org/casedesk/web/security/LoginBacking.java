package org.casedesk.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import org.casedesk.web.shared.Messages;

/** The login page. The container changes the session id on successful authentication. */
@Named
@RequestScoped
public class LoginBacking {

  @NotBlank
  @Size(max = 40)
  private String username;

  @NotBlank
  @Size(max = 200)
  private String password;

  @Inject private SecurityContext securityContext;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String target = requestedPage(request);
    forgetSavedRequest(request);
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS ->
          external.redirect(
              target != null ? target : external.getRequestContextPath() + "/home.xhtml");
      default -> Messages.error("login.failed");
    }
  }

  /**
   * The page a signed-out user asked for (e.g. a case link), which login-to-continue kept in the
   * session before it sent them here (also an ajax request whose session had expired): its path and
   * query within this application, opened afresh with a GET; {@code null} for none or the login
   * page. Only the path is taken, so the redirect never leaves the application.
   */
  private static String requestedPage(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object saved = session == null ? null : session.getAttribute(SAVED_REQUEST);
    if (saved == null) {
      return null;
    }
    try {
      URI url = URI.create((String) saved.getClass().getMethod("getFullRequestURL").invoke(saved));
      String path = url.getRawPath();
      String context = request.getContextPath() + "/";
      if (path == null
          || !path.startsWith(context)
          || path.contains("..")
          || path.endsWith("/login.xhtml")) {
        return null;
      }
      return path + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    } catch (ReflectiveOperationException | IllegalArgumentException | ClassCastException e) {
      return null;
    }
  }

  /**
   * Soteria's login-to-continue keeps the protected page first asked for and, after login, replays
   * it from the session; on Payara that replayed request reaches the EJB container without a caller
   * (EJBAccessException). Logging in redirects to that page instead ({@link #requestedPage}), as a
   * fresh request.
   */
  private static void forgetSavedRequest(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SAVED_REQUEST);
      session.removeAttribute(SAVED_AUTHENTICATION);
    }
  }

  private static final String SAVED_REQUEST = "org.glassfish.soteria.original.request";
  private static final String SAVED_AUTHENTICATION = "org.glassfish.soteria.authentication";

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
