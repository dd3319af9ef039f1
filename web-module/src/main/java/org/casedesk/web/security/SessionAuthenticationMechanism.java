package org.casedesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import org.casedesk.signin.AccountService;

/**
 * The application's authentication mechanism: the caller signed in in this session ({@link
 * SignedIn}, a session attribute), else the form login ({@link FormLogin}).
 *
 * <p>Not the container's remembered sign-in ({@code @AutoApplySession}): a session that moved to
 * another node of a cluster (issue 17) arrives there with the container's principal but without its
 * groups (403), and login-to-continue redirects a protected page to the login page before a
 * mechanism behind it is asked. So the caller is re-established here, first, on every request from
 * the session's own small record; on a node that did not sign the caller in, only after the account
 * was found still enabled, with its current role.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Inject private FormLogin form;
  @Inject private AccountService accounts;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (!context.isAuthenticationRequest()) {
      SignedIn signedIn = stillSignedIn(request);
      if (signedIn != null) {
        return context.notifyContainerAboutLogin(signedIn.caller(), signedIn.groups());
      }
    }
    AuthenticationStatus status = form.validateRequest(request, response, context);
    if (status == AuthenticationStatus.SUCCESS && context.getCallerPrincipal() != null) {
      request
          .getSession()
          .setAttribute(
              SignedIn.ATTRIBUTE,
              new SignedIn(context.getCallerPrincipal().getName(), context.getGroups()));
      request.changeSessionId(); // a session id known before the sign-in is worth nothing after it
    }
    return status;
  }

  @Override
  public AuthenticationStatus secureResponse(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return form.secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SignedIn.ATTRIBUTE);
    }
    form.cleanSubject(request, response, context);
  }

  /**
   * The session's caller; checked against the account once on this node (a session from another
   * node, or one whose account was disabled or changed role meanwhile); {@code null} when none.
   */
  private SignedIn stillSignedIn(HttpServletRequest request) {
    SignedIn signedIn = SignedIn.of(request);
    if (signedIn == null || signedIn.checkedHere()) {
      return signedIn;
    }
    Optional<String> role = accounts.activeRole(signedIn.caller());
    HttpSession session = request.getSession();
    if (role.isEmpty()) {
      session.removeAttribute(SignedIn.ATTRIBUTE);
      return null;
    }
    SignedIn current = new SignedIn(signedIn.caller(), Set.of(role.get()));
    session.setAttribute(SignedIn.ATTRIBUTE, current);
    return current;
  }
}
