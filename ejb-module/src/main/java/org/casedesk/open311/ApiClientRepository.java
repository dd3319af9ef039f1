package org.casedesk.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.casedesk.accounts.UserAccount;

/** The Open311 API clients and the accounts they act under. Joins the caller's transaction. */
@ApplicationScoped
public class ApiClientRepository {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  List<ApiClientItem> items() {
    return em.createQuery(
            "select new org.casedesk.open311.ApiClientItem(a.id, a.name, a.channel,"
                + " a.ratePerMinute, a.createdAt, a.revokedAt) from ApiClient a order by a.id",
            ApiClientItem.class)
        .getResultList();
  }

  Optional<ApiClient> find(long id) {
    return Optional.ofNullable(em.find(ApiClient.class, id));
  }

  /** The client whose key has this hash, active or not. */
  Optional<ApiClient> byKeyHash(String keyHash) {
    return em.createQuery("select a from ApiClient a where a.keyHash = :hash", ApiClient.class)
        .setParameter("hash", keyHash)
        .getResultStream()
        .findFirst();
  }

  /** Saves a client with the given key (also the demo data's fixed key); returns its id. */
  public long register(NewApiClient input, String key) {
    LocalDateTime now = LocalDateTime.now(clock);
    UserAccount account =
        new UserAccount(
            "api-" + ApiKeys.hash(key).substring(0, 16),
            "!",
            input.name().strip(),
            ApiClientService.API_ROLE);
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
            now);
    em.persist(client);
    em.flush();
    return client.getId();
  }
}
