package org.casedesk.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.casedesk.areas.AreaKind;

/**
 * Finds a user's area by the names people use (a directory attribute, a cell of an import sheet):
 * community, grid (within the community, when one is given) and active member unit. Joins the
 * caller's transaction.
 */
@ApplicationScoped
public class AreaNames {

  @PersistenceContext private EntityManager em;

  /** The community or grid of this name ({@code null} for a blank name or none). */
  public Long area(AreaKind kind, String name, Long community) {
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

  /** The active member unit of this name ({@code null} for a blank name or none). */
  public Long unit(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    return em.createQuery(
            "select u.id from MemberUnit u where u.name = :name and u.active = true order by u.id",
            Long.class)
        .setParameter("name", name.strip())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
