package org.casedesk.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.casedesk.signin.AccountService;

/**
 * After a reset to a one-time password, a signed-in user sees only the password page until they
 * have chosen their own password. Checked once per session until then (a session attribute
 * remembers that the password is the user's own).
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PasswordChangeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Session attribute: the signed-in user's password is their own. */
  static final String OWN_PASSWORD = "casedesk.ownPassword";

  static final String PAGE = "/account/password.xhtml";

  @Inject private transient AccountService accounts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null
        && !PAGE.equals(request.getServletPath())
        && !request.getServletPath().equals("/login.xhtml")
        && !request.getServletPath().startsWith("/jakarta.faces.resource/")
        && request.getSession().getAttribute(OWN_PASSWORD) == null) {
      if (accounts.currentUser().mustChangePassword()) {
        response.sendRedirect(request.getContextPath() + PAGE);
        return;
      }
      request.getSession().setAttribute(OWN_PASSWORD, Boolean.TRUE);
    }
    chain.doFilter(request, response);
  }
}
