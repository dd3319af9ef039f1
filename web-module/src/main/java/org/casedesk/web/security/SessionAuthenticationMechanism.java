package org.casedesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Form login through the Faces page {@code /login.xhtml} (redirect, not forward, to it), the
 * signed-in caller and their groups kept in the HTTP session as a small serializable record. So a
 * session that moves to another node of a cluster (the data grid) is still signed in there, with
 * its roles: the container's own remembered login ({@code @AutoApplySession}) came back on the
 * other node without the groups, and every page answered 403.
 */
@ApplicationScoped
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

  private static final String SIGNED_IN = SessionAuthenticationMechanism.class.getName();

  /** Who signed in on this session, and their groups (roles). */
  record SignedIn(String caller, Set<String> groups) implements Serializable {}

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        request
            .getSession()
            .setAttribute(
                SIGNED_IN,
                new SignedIn(
                    result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
      }
      return context.notifyContainerAboutLogin(result);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
      return context.notifyContainerAboutLogin(signedIn.caller(), signedIn.groups());
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SIGNED_IN);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }
}
