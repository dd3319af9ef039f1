package org.casedesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The form login that {@link SessionAuthenticationMechanism} falls back to when the session has no
 * signed-in caller: the credential given by the login page ({@code SecurityContext.authenticate})
 * is checked by the identity stores; a protected page asked for without it redirects to the login
 * page (login-to-continue, which remembers the page). Typed as itself only, so it is not a second
 * authentication mechanism of the application.
 */
@ApplicationScoped
@Typed(FormLogin.class)
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class FormLogin implements HttpAuthenticationMechanism {

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (!context.isAuthenticationRequest() || context.getAuthParameters().getCredential() == null) {
      return context.doNothing();
    }
    return context.notifyContainerAboutLogin(
        identityStores.validate(context.getAuthParameters().getCredential()));
  }
}
