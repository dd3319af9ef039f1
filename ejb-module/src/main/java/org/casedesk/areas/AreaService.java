package org.casedesk.areas;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
            + " case when a.kind = org.casedesk.areas.AreaKind.FLAT then true else false end)"
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

  /** Every flat of a community, labelled "courtyard flat", for a grid of entries. */
  public List<AreaItem> flatsOfCommunity(long communityId) {
    return em.createQuery(
            "select f, c from AreaNode f, AreaNode c where c.id = f.parentId"
                + " and f.kind = org.casedesk.areas.AreaKind.FLAT and f.communityId = :community"
                + " order by c.name, f.name",
            Object[].class)
        .setParameter("community", communityId)
        .getResultStream()
        .map(
            row -> {
              AreaNode flat = (AreaNode) row[0];
              return new AreaItem(
                  flat.getId(),
                  AreaKind.FLAT,
                  ((AreaNode) row[1]).getName() + " " + flat.getName(),
                  true);
            })
        .toList();
  }
}
