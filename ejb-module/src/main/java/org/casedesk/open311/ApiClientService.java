package org.casedesk.open311;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.casedesk.accounts.BaseService;
import org.casedesk.shared.BusinessException;

/** ADMIN manages the API clients: create (the key is shown once), list, revoke. */
@Stateless
@RolesAllowed(org.casedesk.shared.Roles.ADMIN)
public class ApiClientService extends BaseService {

  /** The role of the accounts API clients act under; no page or EJB method allows it. */
  public static final String API_ROLE = "API_CLIENT";

  @Inject private ApiClientRepository repository;

  public List<ApiClientItem> clients() {
    return repository.items();
  }

  /** A new client with a fresh random key, returned only here. */
  public IssuedKey create(@NotNull @Valid NewApiClient input) {
    String key = ApiKeys.newKey();
    return new IssuedKey(repository.register(input, key), key);
  }

  public void revoke(long clientId) {
    ApiClient client =
        repository.find(clientId).orElseThrow(() -> new BusinessException("apiClient.notFound"));
    client.revoke(now());
  }
}
