package org.casedesk.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.casedesk.shared.Roles;

/** The roles; the login is {@link SessionAuthenticationMechanism}. */
@DeclareRoles({
  Roles.HELPDESK,
  Roles.HANDLER,
  Roles.COMMUNITY_OFFICIAL,
  Roles.SUBDISTRICT_OFFICIAL,
  Roles.ADMIN
})
@ApplicationScoped
public class SecurityConfig {}
