package org.casedesk.accounts;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Optional;
import org.casedesk.shared.Roles;

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

  /** The account with this id, if any. */
  public Optional<UserAccount> byId(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  /** The first active handler (by id) of a member unit, if any. */
  public Optional<UserAccount> firstHandlerOfUnit(Long unitId) {
    return firstHandler("u.memberUnitId = :area", unitId);
  }

  /** The first active handler (by id) of a grid, if any. */
  public Optional<UserAccount> firstHandlerOfGrid(Long gridId) {
    return firstHandler("u.gridId = :area", gridId);
  }

  private Optional<UserAccount> firstHandler(String condition, Long area) {
    return em.createQuery(
            "select u from UserAccount u where u.role = :role and "
                + condition
                + " and u.enabled = true order by u.id",
            UserAccount.class)
        .setParameter("role", Roles.HANDLER)
        .setParameter("area", area)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Saves a new account; its id is set on return. */
  public UserAccount save(UserAccount account) {
    em.persist(account);
    em.flush();
    return account;
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
