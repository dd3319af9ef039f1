package org.casedesk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.casedesk.areas.AreaItem;
import org.casedesk.areas.AreaService;
import org.casedesk.cases.DispatchService;
import org.casedesk.cases.HandlerItem;
import org.casedesk.categories.CategoryItem;
import org.casedesk.categories.CategoryService;
import org.casedesk.routing.RoutingItem;
import org.casedesk.routing.RoutingService;
import org.casedesk.web.shared.Messages;

/** The routing rules: category (and grid) → default handler. */
@Named
@ViewScoped
public class RoutingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient RoutingService routing;
  @Inject private transient DispatchService dispatch;
  @Inject private transient CategoryService categoryService;
  @Inject private transient AreaService areas;

  private List<RoutingItem> rules;
  private List<CategoryItem> categories;
  private List<AreaItem> grids;
  private List<HandlerItem> handlers;
  private Long categoryId;
  private Long gridId;
  private Long handlerId;

  @PostConstruct
  void init() {
    categories = categoryService.categories();
    grids = areas.grids();
    handlers = dispatch.handlers();
    rules = routing.rules();
  }

  public void save() {
    if (Messages.attempt(() -> routing.route(categoryId, gridId, handlerId))) {
      Messages.info("routing.saved");
      rules = routing.rules();
    }
  }

  public void remove(long ruleId) {
    if (Messages.attempt(() -> routing.remove(ruleId))) {
      Messages.info("routing.removed");
      rules = routing.rules();
    }
  }

  public List<RoutingItem> getRules() {
    return rules;
  }

  public List<CategoryItem> getCategories() {
    return categories;
  }

  public List<AreaItem> getGrids() {
    return grids;
  }

  public List<HandlerItem> getHandlers() {
    return handlers;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public Long getGridId() {
    return gridId;
  }

  public void setGridId(Long gridId) {
    this.gridId = gridId;
  }

  public Long getHandlerId() {
    return handlerId;
  }

  public void setHandlerId(Long handlerId) {
    this.handlerId = handlerId;
  }
}
