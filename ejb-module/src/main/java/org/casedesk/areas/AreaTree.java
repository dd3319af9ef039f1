package org.casedesk.areas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Walks up the address tree; joins the caller's transaction. */
@ApplicationScoped
public class AreaTree {

  @PersistenceContext private EntityManager em;

  /** The courtyard a courtyard, entrance or flat lies in (itself for a courtyard), if any. */
  public Optional<AreaNode> courtyardOf(AreaNode node) {
    AreaNode n = node;
    while (n != null && (n.getKind() == AreaKind.ENTRANCE || n.getKind() == AreaKind.FLAT)) {
      n = n.getParentId() == null ? null : em.find(AreaNode.class, n.getParentId());
    }
    return Optional.ofNullable(n).filter(c -> c.getKind() == AreaKind.COURTYARD);
  }
}
