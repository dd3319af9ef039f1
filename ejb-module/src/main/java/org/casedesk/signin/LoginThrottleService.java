package org.casedesk.signin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.audit.AuditAction;
import org.casedesk.audit.AuditRepository;
import org.casedesk.shared.Roles;
import org.casedesk.signin.LoginThrottle.Kind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Login throttling: after {@value #USER_FAILURES} consecutive failures a user name is locked for 1,
 * 2, 4 … minutes; a client address with more than {@code address-free-failures} failures within
 * {@code window-minutes} waits a second more per further failure (at most ten). Unknown user names
 * are counted and locked like real ones, so a lock reveals nothing. The counts live in {@code
 * login_throttle}; every call runs in its own transaction, apart from the login.
 */
@Stateless
public class LoginThrottleService {

  static final int USER_FAILURES = 5;
  private static final long MAX_DELAY_SECONDS = 10;
  private static final Logger LOG = Logger.getLogger(LoginThrottleService.class.getName());

  @Inject private LoginThrottleRepository throttles;
  @Inject private Clock clock;
  @Inject private AccountRepository accounts;
  @Inject private AuditRepository audit;
  @Resource private SessionContext context;

  @Inject
  @ConfigProperty(name = "casedesk.login.address-free-failures", defaultValue = "30")
  private int addressFreeFailures;

  @Inject
  @ConfigProperty(name = "casedesk.login.window-minutes", defaultValue = "15")
  private long windowMinutes;

  /** Whether the user name is locked now, and how long this address must wait before trying. */
  public record Verdict(boolean locked, long delayMillis) {}

  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Verdict before(String username, String address) {
    LocalDateTime now = now();
    boolean locked =
        throttles.find(Kind.USER, key(username)).map(t -> t.lockedAt(now)).orElse(false);
    long delay =
        throttles
            .find(Kind.ADDRESS, key(address))
            .filter(t -> !t.getLastFailure().plusMinutes(windowMinutes).isBefore(now))
            .map(t -> Math.min(t.getFailures() - addressFreeFailures, MAX_DELAY_SECONDS))
            .filter(seconds -> seconds > 0)
            .orElse(0L);
    return new Verdict(locked, delay * 1000);
  }

  /**
   * Counts a failed sign-in (wrong password, unknown user, or any attempt on a locked name) for the
   * address, and for the user name unless it is locked already; the fifth locks it (audited).
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(String username, String address) {
    LocalDateTime now = now();
    throttles.forUpdate(Kind.ADDRESS, key(address), now).fail(now, windowMinutes);
    LoginThrottle user = throttles.forUpdate(Kind.USER, key(username), now);
    if (user.lockedAt(now)) {
      return;
    }
    if (user.fail(now, windowMinutes) >= USER_FAILURES) {
      user.lock(now);
      LOG.warning(
          () ->
              "sign-in locked until "
                  + user.getLockedUntil()
                  + " for user name "
                  + user.getSubject()
                  + " after failures from "
                  + address);
      accounts
          .byUsername(user.getSubject())
          .ifPresent(
              a ->
                  audit.record(
                      a.getId(),
                      AuditAction.LOGIN_LOCKED,
                      null,
                      null,
                      address + " · " + user.getLockedUntil()));
    }
  }

  /** A successful sign-in: the user name's failures and locks are forgotten. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void succeeded(String username) {
    throttles.find(Kind.USER, key(username)).ifPresent(throttles::remove);
  }

  /** User names with failures or a lock, and addresses being slowed down, newest first. */
  @RolesAllowed(Roles.ADMIN)
  public List<LoginLockItem> current() {
    LocalDateTime now = now();
    return throttles.current(now, now.minusMinutes(windowMinutes)).stream()
        .map(
            t ->
                new LoginLockItem(
                    t.getId(),
                    t.getKind().name(),
                    t.getSubject(),
                    t.getFailures(),
                    t.getLocks(),
                    t.getLockedUntil(),
                    t.getLastFailure(),
                    t.lockedAt(now)))
        .toList();
  }

  /** ADMIN lifts a lock (or an address's slow-down): the counts are forgotten; audited. */
  @RolesAllowed(Roles.ADMIN)
  public void lift(@NotBlank String id) {
    LoginThrottle throttle = throttles.find(id).orElse(null);
    if (throttle != null) {
      throttles.remove(throttle);
      audit.record(
          accounts.caller(context.getCallerPrincipal()).getId(),
          AuditAction.LOGIN_UNLOCKED,
          null,
          null,
          throttle.getKind() + " " + throttle.getSubject());
    }
  }

  /** The same name however it was typed; bounded, so that junk cannot grow the key. */
  private static String key(String value) {
    String key = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    return key.length() > 200 ? key.substring(0, 200) : key;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
