package org.casedesk.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.casedesk.shared.Roles;

/**
 * The application's roles. Sign-in is the form login of {@link SessionAuthenticationMechanism}
 * through the Faces page {@code /login.xhtml}.
 */
@DeclareRoles({
  Roles.HELPDESK,
  Roles.HANDLER,
  Roles.COMMUNITY_OFFICIAL,
  Roles.SUBDISTRICT_OFFICIAL,
  Roles.ADMIN
})
@ApplicationScoped
public class SecurityConfig {}
