package org.casedesk.routing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaNode;
import org.casedesk.areas.AreaRepository;
import org.casedesk.categories.CategoryRepository;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;

/** ADMIN keeps the routing rules: which handler a new case of a category (and grid) goes to. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class RoutingService {

  @Inject private RoutingRepository routing;
  @Inject private CategoryRepository categories;
  @Inject private AreaRepository areas;
  @Inject private AccountRepository accounts;

  public List<RoutingItem> rules() {
    return routing.items();
  }

  /**
   * Sets the handler for the category in the grid (or in every grid when {@code gridId} is null).
   */
  public void route(@NotNull Long categoryId, Long gridId, @NotNull Long handlerId) {
    if (categories.find(categoryId) == null) {
      throw new BusinessException("case.category.invalid");
    }
    if (gridId != null) {
      AreaNode grid = areas.find(gridId);
      if (grid == null || grid.getKind() != AreaKind.GRID) {
        throw new BusinessException("routing.grid.invalid");
      }
    }
    UserAccount handler = accounts.byId(handlerId).orElse(null);
    if (handler == null || !Roles.HANDLER.equals(handler.getRole()) || !handler.isEnabled()) {
      throw new BusinessException("case.handler.invalid");
    }
    routing
        .rule(categoryId, gridId, true)
        .ifPresentOrElse(
            rule -> rule.routeTo(handlerId),
            () -> routing.add(new RoutingRule(categoryId, gridId, handlerId)));
  }

  public void remove(long ruleId) {
    routing.remove(ruleId);
  }
}
