package org.casedesk.areas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
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

  /** The nodes from the community down to this one (empty for an unknown id). */
  public List<AreaNode> path(long nodeId) {
    java.util.LinkedList<AreaNode> path = new java.util.LinkedList<>();
    AreaNode node = em.find(AreaNode.class, nodeId);
    while (node != null && node.getKind() != AreaKind.SUBDISTRICT) {
      path.addFirst(node);
      node = node.getParentId() == null ? null : em.find(AreaNode.class, node.getParentId());
    }
    return path;
  }

  /** Children of a node; {@code parentId == null} gives the communities. */
  List<AreaItem> children(Long parentId) {
    String jpql =
        "select new org.casedesk.areas.AreaItem(a.id, a.kind, a.name,"
            + " case when a.kind in (org.casedesk.areas.AreaKind.FLAT,"
            + " org.casedesk.areas.AreaKind.PUBLIC_PLACE) then true else false end)"
            + " from AreaNode a where "
            + (parentId == null
                ? "a.kind = org.casedesk.areas.AreaKind.COMMUNITY"
                : "a.parentId = :p")
            + " order by a.name";
    var q = em.createQuery(jpql, AreaItem.class);
    if (parentId != null) {
      q.setParameter("p", parentId);
    }
    return q.getResultList();
  }

  /** Grids with their community, for report labels and filters. */
  List<AreaItem> grids() {
    return em.createQuery(
            "select new org.casedesk.areas.AreaItem(a.id, a.kind, a.name, false) from AreaNode a"
                + " where a.kind = org.casedesk.areas.AreaKind.GRID order by a.name",
            AreaItem.class)
        .getResultList();
  }

  /**
   * Every flat and public place of a community, labelled "courtyard entrance flat" or by the
   * place's name, for a grid of entries.
   */
  List<AreaItem> locationsOfCommunity(long communityId) {
    return em.createQuery(
            "select up, p, l from AreaNode l, AreaNode p, AreaNode up"
                + " where p.id = l.parentId and up.id = p.parentId and l.communityId = :community"
                + " and l.kind in (org.casedesk.areas.AreaKind.FLAT,"
                + " org.casedesk.areas.AreaKind.PUBLIC_PLACE)",
            Object[].class)
        .setParameter("community", communityId)
        .getResultStream()
        .map(
            row -> {
              AreaNode location = (AreaNode) row[2];
              return new AreaItem(
                  location.getId(),
                  location.getKind(),
                  Addresses.label(null, (AreaNode) row[0], (AreaNode) row[1], location),
                  true);
            })
        .sorted(Comparator.comparing(AreaItem::kind).thenComparing(AreaItem::name))
        .toList();
  }
}
