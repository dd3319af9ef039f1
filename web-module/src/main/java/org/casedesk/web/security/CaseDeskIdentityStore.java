package org.casedesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.casedesk.signin.AccountService;

/** Checks username and password against the accounts in the database (PBKDF2-SHA256). */
@ApplicationScoped
public class CaseDeskIdentityStore implements IdentityStore {

  @Inject private AccountService accounts;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return accounts
        .authenticate(credential.getCaller(), credential.getPassword().getValue())
        .map(role -> new CredentialValidationResult(credential.getCaller().trim(), Set.of(role)))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
