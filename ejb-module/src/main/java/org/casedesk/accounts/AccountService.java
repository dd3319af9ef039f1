package org.casedesk.accounts;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.casedesk.shared.PasswordHasher;
import org.casedesk.shared.Roles;

/** Sign-in and "who am I". */
@Stateless
public class AccountService {

  /** Verified against when the user does not exist, so timing does not reveal usernames. */
  private static final String DUMMY_HASH = PasswordHasher.hash("dummy".toCharArray());

  @Inject private AccountRepository accounts;
  @Resource private SessionContext context;

  /**
   * Checks a username and password; gives the user's role when they match an enabled account.
   * Called by the identity store before anybody is signed in.
   */
  @PermitAll
  public Optional<String> authenticate(String username, char[] password) {
    Optional<UserAccount> account =
        username == null ? Optional.empty() : accounts.byUsername(username.trim());
    String stored = account.map(UserAccount::getPasswordHash).orElse(DUMMY_HASH);
    boolean matches = PasswordHasher.verify(password, stored);
    return account.filter(a -> matches && a.isEnabled()).map(UserAccount::getRole);
  }

  @RolesAllowed({
    Roles.HELPDESK,
    Roles.HANDLER,
    Roles.COMMUNITY_OFFICIAL,
    Roles.SUBDISTRICT_OFFICIAL,
    Roles.ADMIN
  })
  public CurrentUser currentUser() {
    return AccountRepository.toCurrentUser(accounts.caller(context.getCallerPrincipal()));
  }
}
