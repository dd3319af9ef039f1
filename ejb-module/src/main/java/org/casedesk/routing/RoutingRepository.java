package org.casedesk.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.casedesk.shared.LocalizedName;

/** Reads and writes the routing rules. Joins the caller's transaction. */
@ApplicationScoped
public class RoutingRepository {

  @PersistenceContext private EntityManager em;

  /** Every rule with its category, grid and handler, by category and grid. */
  List<RoutingItem> items() {
    return em.createQuery(
            "select r, c.nameZh, c.nameEn, g.name, u.displayName from RoutingRule r"
                + " join Category c on c.id = r.categoryId join UserAccount u on u.id = r.handlerId"
                + " left join AreaNode g on g.id = r.gridId order by c.id, g.name",
            Object[].class)
        .getResultStream()
        .map(
            row ->
                new RoutingItem(
                    ((RoutingRule) row[0]).getId(),
                    new LocalizedName((String) row[1], (String) row[2]),
                    (String) row[3],
                    (String) row[4]))
        .toList();
  }

  /**
   * The rule for a category in a grid; {@code exact} false falls back to the category's rule for
   * every grid.
   */
  public Optional<RoutingRule> rule(Long categoryId, Long gridId, boolean exact) {
    List<RoutingRule> rules =
        em.createQuery(
                "select r from RoutingRule r where r.categoryId = :category"
                    + " and (r.gridId = :grid or r.gridId is null)",
                RoutingRule.class)
            .setParameter("category", categoryId)
            .setParameter("grid", gridId == null ? -1L : gridId)
            .getResultList();
    Optional<RoutingRule> forGrid =
        rules.stream().filter(r -> gridId != null && gridId.equals(r.getGridId())).findFirst();
    Optional<RoutingRule> everywhere =
        rules.stream().filter(r -> r.getGridId() == null).findFirst();
    if (exact) {
      return gridId == null ? everywhere : forGrid;
    }
    return forGrid.or(() -> everywhere);
  }

  void add(RoutingRule rule) {
    em.persist(rule);
  }

  void remove(long ruleId) {
    RoutingRule rule = em.find(RoutingRule.class, ruleId);
    if (rule != null) {
      em.remove(rule);
    }
  }
}
