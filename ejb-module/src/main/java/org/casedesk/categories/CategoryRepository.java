package org.casedesk.categories;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads and writes categories and their per-channel limits. Joins the caller's transaction. */
@ApplicationScoped
public class CategoryRepository {

  @PersistenceContext private EntityManager em;

  /** The category with this id, or null. */
  public Category find(long id) {
    return em.find(Category.class, id);
  }

  /** The category with this id, its version raised at commit (a change to it), or null. */
  Category findForChange(long id) {
    return em.find(Category.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  List<Category> all() {
    return em.createQuery("select c from Category c", Category.class).getResultList();
  }

  long count() {
    return ((Number) em.createNativeQuery("select count(*) from category").getSingleResult())
        .longValue();
  }

  /** Saves a new category at once (its id is returned to the screen). */
  void add(Category category) {
    em.persist(category);
    em.flush();
  }

  /** The channel's own limit for the category, or null when the category's limit applies. */
  public CategoryChannelLimit channelLimit(long categoryId, Channel channel) {
    return em.find(CategoryChannelLimit.class, new CategoryChannelLimit.Key(categoryId, channel));
  }

  /** Every channel limit, by channel. */
  List<CategoryChannelLimit> channelLimits() {
    return em.createQuery(
            "select l from CategoryChannelLimit l order by l.channel", CategoryChannelLimit.class)
        .getResultList();
  }

  void addChannelLimit(CategoryChannelLimit limit) {
    em.persist(limit);
  }

  void removeChannelLimit(CategoryChannelLimit limit) {
    em.remove(limit);
  }

  /** Whether a member unit with this id exists (a category's default unit). */
  boolean unitExists(long unitId) {
    return em.createQuery("select count(u) from MemberUnit u where u.id = :id", Long.class)
            .setParameter("id", unitId)
            .getSingleResult()
        > 0;
  }

  /** The categories with these ids. */
  public List<Category> byIds(List<Long> ids) {
    return em.createQuery("select c from Category c where c.id in :ids", Category.class)
        .setParameter("ids", ids)
        .getResultList();
  }
}
