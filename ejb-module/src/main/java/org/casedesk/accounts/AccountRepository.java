package org.casedesk.accounts;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Optional;

/** Looks up accounts. Joins the caller's transaction. */
@ApplicationScoped
public class AccountRepository {

  @PersistenceContext private EntityManager em;

  public Optional<UserAccount> byUsername(String username) {
    return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  /** The account of the caller; an unknown caller is refused. */
  public UserAccount caller(Principal principal) {
    return byUsername(principal.getName())
        .filter(UserAccount::isEnabled)
        .orElseThrow(() -> new EJBAccessException("unknown caller"));
  }

  public static CurrentUser toCurrentUser(UserAccount u) {
    return new CurrentUser(
        u.getId(),
        u.getUsername(),
        u.getDisplayName(),
        u.getRole(),
        u.getCommunityId(),
        u.getGridId(),
        u.isMustChangePassword(),
        u.isFromDirectory());
  }
}
