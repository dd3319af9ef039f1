package org.casedesk.residents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.casedesk.shared.Masking;
import org.casedesk.shared.Roles;

/** Finding residents for the help desk. */
@Stateless
public class ResidentService {

  private static final int MAX_RESULTS = 15;

  @Inject private ResidentRepository residents;

  /** Residents whose name starts with, or whose phone ends with, the query. */
  @RolesAllowed(Roles.HELPDESK)
  public List<ResidentItem> find(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    return residents.search(query.trim(), MAX_RESULTS).stream()
        .map(
            r ->
                new ResidentItem(
                    r.getId(), r.getName(), Masking.phone(r.getPhone()), r.getFlatId()))
        .toList();
  }
}
