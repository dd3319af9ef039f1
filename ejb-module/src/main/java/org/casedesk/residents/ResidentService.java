package org.casedesk.residents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaNode;
import org.casedesk.areas.AreaRepository;
import org.casedesk.shared.Masking;
import org.casedesk.shared.Roles;

/** Finding residents for the help desk. */
@Stateless
public class ResidentService {

  private static final int MAX_RESULTS = 15;

  @Inject private ResidentRepository residents;
  @Inject private AreaRepository areas;

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
                    r.getId(),
                    r.getName(),
                    Masking.phone(r.getPhone()),
                    r.getFlatId(),
                    maskedAddress(r.getFlatId())))
        .toList();
  }

  /**
   * The flat from its courtyard down, the flat's own number masked (贤后街15号 1单元 1**): enough to tell
   * two residents of one name apart, not enough to find their door.
   */
  private String maskedAddress(Long flatId) {
    if (flatId == null) {
      return "";
    }
    List<AreaNode> path = areas.path(flatId);
    StringBuilder address = new StringBuilder();
    for (int i = 0; i < path.size(); i++) {
      AreaNode node = path.get(i);
      if (node.getKind() == AreaKind.COMMUNITY || node.getKind() == AreaKind.GRID) {
        continue;
      }
      if (address.length() > 0) {
        address.append(' ');
      }
      address.append(i == path.size() - 1 ? Masking.name(node.getName()) : node.getName());
    }
    return address.toString();
  }
}
