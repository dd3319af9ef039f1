package org.casedesk.it.support;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;

/**
 * Signs a test in as a user through the application's real authentication mechanism and identity
 * store, so that service calls that follow run with that user's role and scope.
 */
@ApplicationScoped
public class Login {

  @Inject private SecurityContext securityContext;

  public void as(String username) {
    as(username, TestData.PASSWORD);
  }

  /** Signs in with another password (one-time and changed passwords). */
  public void as(String username, String password) {
    try {
      // Drop the previous test user first: a second authentication in the same request would
      // otherwise leave the EJB container with the first caller.
      CurrentExchange.request().logout();
    } catch (ServletException e) {
      throw new IllegalStateException(e);
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            CurrentExchange.request(),
            CurrentExchange.response(),
            withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    if (status != AuthenticationStatus.SUCCESS) {
      throw new IllegalStateException("login as " + username + " gave " + status);
    }
  }
}
