package org.casedesk.areas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casedesk.accounts.UserAccount;
import org.casedesk.shared.Roles;

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

  /**
   * The first community or grid of this name (within the community, when one is given); {@code
   * null} for a blank name or none. For names people use: a directory attribute, an import cell.
   */
  public Long idByName(AreaKind kind, String name, Long community) {
    if (name == null || name.isBlank()) {
      return null;
    }
    var query =
        em.createQuery(
                "select a.id from AreaNode a where a.kind = :kind and a.name = :name"
                    + (community == null ? "" : " and a.communityId = :community")
                    + " order by a.id",
                Long.class)
            .setParameter("kind", kind)
            .setParameter("name", name.strip());
    if (community != null) {
      query.setParameter("community", community);
    }
    return query.setMaxResults(1).getResultStream().findFirst().orElse(null);
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

  /** The node with this id, its version to be raised when the transaction commits; or null. */
  AreaNode findToChange(long id) {
    return em.find(AreaNode.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  /** Saves a new node; its id is set on return. */
  void add(AreaNode node) {
    em.persist(node);
    em.flush();
  }

  /** Every node but the flats. */
  List<AreaNode> allButFlats() {
    return em.createQuery("select a from AreaNode a where a.kind <> :flat", AreaNode.class)
        .setParameter("flat", AreaKind.FLAT)
        .getResultList();
  }

  /** The flats directly under a node, by name. */
  public List<AreaNode> flatsUnder(long parentId) {
    return em.createQuery(
            "select a from AreaNode a where a.parentId = :p and a.kind = :flat order by a.name",
            AreaNode.class)
        .setParameter("p", parentId)
        .setParameter("flat", AreaKind.FLAT)
        .getResultList();
  }

  /** How many other children of the parent (not {@code self}) have this name. */
  long siblingsNamed(Long parentId, String name, long self) {
    return em.createQuery(
            "select count(a) from AreaNode a where a.parentId = :p and a.name = :name"
                + " and a.id <> :self",
            Long.class)
        .setParameter("p", parentId)
        .setParameter("name", name)
        .setParameter("self", self)
        .getSingleResult();
  }

  /** Member unit names by id, as data (member_unit), not the members feature's classes. */
  Map<Long, String> unitNames() {
    return em.createQuery("select u.id, u.name from MemberUnit u", Object[].class)
        .getResultStream()
        .collect(Collectors.toMap(u -> (Long) u[0], u -> (String) u[1]));
  }

  boolean unitExists(long unitId) {
    return em.createQuery("select count(u) from MemberUnit u where u.id = :id", Long.class)
            .setParameter("id", unitId)
            .getSingleResult()
        > 0;
  }

  /** The names of each grid's grid workers, by name. */
  Map<Long, List<String>> gridWorkerNames() {
    return em.createQuery(
            "select u from UserAccount u where u.role = :role and u.gridId is not null"
                + " order by u.displayName",
            UserAccount.class)
        .setParameter("role", Roles.HANDLER)
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                UserAccount::getGridId,
                Collectors.mapping(UserAccount::getDisplayName, Collectors.toList())));
  }

  /** The nodes with these ids. */
  public List<AreaNode> byIds(List<Long> ids) {
    return em.createQuery("select a from AreaNode a where a.id in :ids", AreaNode.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** The nodes of a kind (in one community, when given), by name. */
  public List<AreaNode> ofKind(AreaKind kind, Long community) {
    var query =
        em.createQuery(
                "select a from AreaNode a where a.kind = :kind"
                    + (community == null ? "" : " and a.communityId = :community")
                    + " order by a.name",
                AreaNode.class)
            .setParameter("kind", kind);
    if (community != null) {
      query.setParameter("community", community);
    }
    return query.getResultList();
  }
}
