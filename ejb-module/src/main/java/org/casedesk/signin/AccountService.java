package org.casedesk.signin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.accounts.CurrentUser;
import org.casedesk.accounts.PasswordPolicy;
import org.casedesk.accounts.UserAccount;
import org.casedesk.audit.AuditAction;
import org.casedesk.audit.AuditRepository;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.PasswordHasher;
import org.casedesk.shared.Roles;

/** Sign-in, "who am I" and changing one's own password: every signed-in user. */
@Stateless
@RolesAllowed({
  Roles.HELPDESK,
  Roles.HANDLER,
  Roles.COMMUNITY_OFFICIAL,
  Roles.SUBDISTRICT_OFFICIAL,
  Roles.ADMIN
})
public class AccountService {

  /** Verified against when the user does not exist, so timing does not reveal usernames. */
  private static final String DUMMY_HASH = PasswordHasher.hash("dummy".toCharArray());

  @Inject private AccountRepository accounts;
  @Inject private AuditRepository audit;
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

  /**
   * The role of an enabled account, by user name; empty for none or a disabled one. Called before
   * the caller is known, when a session signed in on another node of a cluster arrives.
   */
  @PermitAll
  public Optional<String> activeRole(@NotNull String username) {
    return accounts.byUsername(username).filter(UserAccount::isEnabled).map(UserAccount::getRole);
  }

  public CurrentUser currentUser() {
    return AccountRepository.toCurrentUser(accounts.caller(context.getCallerPrincipal()));
  }

  /**
   * Every user changes their own password (also the forced change after a one-time password): the
   * current one must match, the new one follow {@link PasswordPolicy} and differ from the current
   * one. Directory users change theirs in the directory. Written to the audit log.
   */
  public CurrentUser changeOwnPassword(
      @NotNull @Size(max = 200) String current, @NotNull @Size(max = 200) String replacement) {
    UserAccount me = accounts.caller(context.getCallerPrincipal());
    if (me.isFromDirectory()) {
      throw new BusinessException("password.directory");
    }
    if (!PasswordHasher.verify(current.toCharArray(), me.getPasswordHash())) {
      throw new BusinessException("password.currentWrong");
    }
    PasswordPolicy.check(me.getUsername(), replacement);
    if (replacement.equals(current)) {
      throw new BusinessException("password.unchanged");
    }
    me.setPassword(PasswordHasher.hash(replacement.toCharArray()), false);
    audit.recordAboutUser(me.getId(), AuditAction.PASSWORD_CHANGED, me.getId(), null);
    return AccountRepository.toCurrentUser(me);
  }
}
