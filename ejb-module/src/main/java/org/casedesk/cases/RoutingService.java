package org.casedesk.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaNode;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.LocalizedName;
import org.casedesk.shared.Roles;

/** ADMIN keeps the routing rules: which handler a new case of a category (and grid) goes to. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class RoutingService {

  @PersistenceContext private EntityManager em;
  @Inject private CaseRepository cases;

  public List<RoutingItem> rules() {
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
   * Sets the handler for the category in the grid (or in every grid when {@code gridId} is null).
   */
  public void route(@NotNull Long categoryId, Long gridId, @NotNull Long handlerId) {
    if (em.find(Category.class, categoryId) == null) {
      throw new BusinessException("case.category.invalid");
    }
    if (gridId != null) {
      AreaNode grid = em.find(AreaNode.class, gridId);
      if (grid == null || grid.getKind() != AreaKind.GRID) {
        throw new BusinessException("routing.grid.invalid");
      }
    }
    UserAccount handler = em.find(UserAccount.class, handlerId);
    if (handler == null || !Roles.HANDLER.equals(handler.getRole()) || !handler.isEnabled()) {
      throw new BusinessException("case.handler.invalid");
    }
    cases
        .routingRule(categoryId, gridId, true)
        .ifPresentOrElse(
            rule -> rule.routeTo(handlerId),
            () -> em.persist(new RoutingRule(categoryId, gridId, handlerId)));
  }

  public void remove(long ruleId) {
    RoutingRule rule = em.find(RoutingRule.class, ruleId);
    if (rule != null) {
      em.remove(rule);
    }
  }
}
