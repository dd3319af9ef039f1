package org.casedesk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casedesk.cases.CaseService;
import org.casedesk.cases.CategoryItem;
import org.casedesk.web.shared.Messages;

/** The categories and their time limits in working days. */
@Named
@ViewScoped
public class CategoriesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient CaseService cases;

  private List<CategoryItem> categories;
  private final Map<Long, Integer> limits = new HashMap<>();

  @PostConstruct
  void load() {
    categories = cases.categories();
    limits.clear();
    categories.forEach(c -> limits.put(c.id(), c.limitDays()));
  }

  public void save(CategoryItem category) {
    Integer days = limits.get(category.id());
    if (Messages.attempt(() -> cases.setTimeLimit(category.id(), days == null ? -1 : days))) {
      Messages.info("category.saved");
      load();
    }
  }

  public List<CategoryItem> getCategories() {
    return categories;
  }

  public Map<Long, Integer> getLimits() {
    return limits;
  }
}
