package org.casedesk.areas;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.casedesk.shared.Roles;

/** Reads the address tree for pickers, one level at a time. */
@Stateless
@RolesAllowed({
  Roles.HELPDESK,
  Roles.HANDLER,
  Roles.COMMUNITY_OFFICIAL,
  Roles.SUBDISTRICT_OFFICIAL,
  Roles.ADMIN
})
public class AreaService {

  @Inject private AreaRepository areas;

  /** Children of a node; {@code parentId == null} gives the communities. */
  public List<AreaItem> children(Long parentId) {
    return areas.children(parentId);
  }

  /** The address of a node from the community down, e.g. to fill in a resident's flat. */
  public List<AreaItem> path(long nodeId) {
    return areas.path(nodeId).stream()
        .map(n -> new AreaItem(n.getId(), n.getKind(), n.getName(), false))
        .toList();
  }

  /** Grids with their community, for report labels and filters. */
  public List<AreaItem> grids() {
    return areas.grids();
  }

  /**
   * Every flat and public place of a community, labelled "courtyard entrance flat" or by the
   * place's name, for a grid of entries.
   */
  public List<AreaItem> locationsOfCommunity(long communityId) {
    return areas.locationsOfCommunity(communityId);
  }
}
