package org.casedesk.areas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Reads the address tree: a node, the courtyard above it, its path. Joins the caller's transaction.
 */
@ApplicationScoped
public class AreaRepository {

  @PersistenceContext private EntityManager em;

  /** The node with this id, or null. */
  public AreaNode find(long id) {
    return em.find(AreaNode.class, id);
  }

  /** The courtyard a courtyard, entrance or flat lies in (itself for a courtyard), if any. */
  public Optional<AreaNode> courtyardOf(AreaNode node) {
    AreaNode n = node;
    while (n != null && (n.getKind() == AreaKind.ENTRANCE || n.getKind() == AreaKind.FLAT)) {
      n = n.getParentId() == null ? null : em.find(AreaNode.class, n.getParentId());
    }
    return Optional.ofNullable(n).filter(c -> c.getKind() == AreaKind.COURTYARD);
  }

  /** The full address below the sub-district, with the location detail in brackets. */
  public String address(long locationId, String detail) {
    StringBuilder path = new StringBuilder();
    AreaNode node = em.find(AreaNode.class, locationId);
    while (node != null && node.getKind() != AreaKind.SUBDISTRICT) {
      path.insert(0, node.getName() + (path.length() == 0 ? "" : " "));
      node = node.getParentId() == null ? null : em.find(AreaNode.class, node.getParentId());
    }
    return detail == null ? path.toString() : path + "（" + detail + "）";
  }
}
