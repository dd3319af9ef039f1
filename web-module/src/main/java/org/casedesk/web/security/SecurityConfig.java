package org.casedesk.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.casedesk.shared.Roles;

/** Form login through the Faces page {@code /login.xhtml}; redirect (not forward) to it. */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({
  Roles.HELPDESK,
  Roles.HANDLER,
  Roles.COMMUNITY_OFFICIAL,
  Roles.SUBDISTRICT_OFFICIAL,
  Roles.ADMIN
})
@ApplicationScoped
public class SecurityConfig {}
