package org.casedesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.casedesk.signin.DirectoryAccounts;

/**
 * The optional LDAP directory, asked after the local accounts (priority 200, the local store has
 * the default 100): a login that is not a local account, or whose local password did not match, is
 * tried against the directory when {@code casedesk.ldap.url} is set. Without it this store
 * validates nobody.
 */
@ApplicationScoped
public class LdapIdentityStore implements IdentityStore {

  @Inject private DirectoryAccounts directory;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return directory
        .authenticate(credential.getCaller(), credential.getPassword().getValue())
        .map(role -> new CredentialValidationResult(credential.getCaller().strip(), Set.of(role)))
        .orElse(CredentialValidationResult.NOT_VALIDATED_RESULT);
  }

  @Override
  public int priority() {
    return 200;
  }
}
