package org.casedesk.areas;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
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

  @PersistenceContext private EntityManager em;

  /** Children of a node; {@code parentId == null} gives the communities. */
  public List<AreaItem> children(Long parentId) {
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
  public List<AreaItem> grids() {
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
  public List<AreaItem> locationsOfCommunity(long communityId) {
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
