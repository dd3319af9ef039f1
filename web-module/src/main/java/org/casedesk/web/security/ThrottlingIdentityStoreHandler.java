package org.casedesk.web.security;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.INVALID;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID;
import static jakarta.security.enterprise.identitystore.IdentityStore.ValidationType.PROVIDE_GROUPS;
import static jakarta.security.enterprise.identitystore.IdentityStore.ValidationType.VALIDATE;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casedesk.signin.LoginThrottleService;

/**
 * Every sign-in goes through here, whichever identity stores there are (the database today, LDAP
 * later): a locked user name is refused without asking the stores, a slowed-down address waits
 * first, and the outcome is counted. Refusals all look the same to the caller (INVALID), so the
 * login page shows one message for unknown users, wrong passwords and locked accounts. Otherwise
 * the stores are consulted as the Jakarta Security default handler does it: by priority, the first
 * VALID result wins, groups added by the stores that only provide groups.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class ThrottlingIdentityStoreHandler implements IdentityStoreHandler {

  @Inject @Any private Instance<IdentityStore> identityStores;
  @Inject private LoginThrottleService throttle;
  @Inject private HttpServletRequest request;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return validateWithStores(credential);
    }
    String address = TrustedProxy.clientAddress(request);
    LoginThrottleService.Verdict verdict = throttle.before(login.getCaller(), address);
    pause(verdict.delayMillis());
    CredentialValidationResult result =
        verdict.locked() ? CredentialValidationResult.INVALID_RESULT : validateWithStores(login);
    if (result.getStatus() == VALID) {
      throttle.succeeded(login.getCaller());
      return result;
    }
    throttle.failed(login.getCaller(), address);
    return CredentialValidationResult.INVALID_RESULT;
  }

  private CredentialValidationResult validateWithStores(Credential credential) {
    List<IdentityStore> stores =
        identityStores.stream().sorted(Comparator.comparingInt(IdentityStore::priority)).toList();
    CredentialValidationResult valid = null;
    IdentityStore validatedBy = null;
    boolean invalid = false;
    for (IdentityStore store : stores) {
      if (store.validationTypes().contains(VALIDATE)) {
        CredentialValidationResult result = store.validate(credential);
        if (result.getStatus() == VALID) {
          valid = result;
          validatedBy = store;
          break;
        }
        invalid |= result.getStatus() == INVALID;
      }
    }
    if (valid == null) {
      return invalid
          ? CredentialValidationResult.INVALID_RESULT
          : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Set<String> groups = new HashSet<>();
    if (validatedBy.validationTypes().contains(PROVIDE_GROUPS)) {
      groups.addAll(valid.getCallerGroups());
    }
    for (IdentityStore store : stores) {
      if (store.validationTypes().equals(Set.of(PROVIDE_GROUPS))) {
        groups.addAll(store.getCallerGroups(valid));
      }
    }
    return new CredentialValidationResult(
        valid.getIdentityStoreId(),
        valid.getCallerPrincipal(),
        valid.getCallerDn(),
        valid.getCallerUniqueId(),
        groups);
  }

  private static void pause(long millis) {
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
