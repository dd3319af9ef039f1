package org.casedesk.open311;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.casedesk.accounts.UserAccount;
import org.casedesk.cases.CaseRepository;
import org.casedesk.shared.BusinessException;

/** ADMIN manages the API clients: create (the key is shown once), list, revoke. */
@Stateless
@RolesAllowed(org.casedesk.shared.Roles.ADMIN)
public class ApiClientService {

  /** The role of the accounts API clients act under; no page or EJB method allows it. */
  public static final String API_ROLE = "API_CLIENT";

  @PersistenceContext private EntityManager em;

  public List<ApiClientItem> clients() {
    return em.createQuery(
            "select new org.casedesk.open311.ApiClientItem(a.id, a.name, a.channel,"
                + " a.ratePerMinute, a.createdAt, a.revokedAt) from ApiClient a order by a.id",
            ApiClientItem.class)
        .getResultList();
  }

  /** A new client with a fresh random key, returned only here. */
  public IssuedKey create(@NotNull @Valid NewApiClient input) {
    String key = ApiKeys.newKey();
    return new IssuedKey(register(em, input, key), key);
  }

  public void revoke(long clientId) {
    ApiClient client = em.find(ApiClient.class, clientId);
    if (client == null) {
      throw new BusinessException("apiClient.notFound");
    }
    client.revoke(CaseRepository.now());
  }

  /** Saves a client with the given key (also the demo data's fixed key); returns its id. */
  public static long register(EntityManager em, NewApiClient input, String key) {
    UserAccount account =
        new UserAccount(
            "api-" + ApiKeys.hash(key).substring(0, 16), "!", input.name().strip(), API_ROLE);
    account.disable();
    em.persist(account);
    em.flush();
    ApiClient client =
        new ApiClient(
            input.name().strip(),
            input.channel(),
            ApiKeys.hash(key),
            input.ratePerMinute(),
            account.getId(),
            CaseRepository.now());
    em.persist(client);
    em.flush();
    return client.getId();
  }
}
