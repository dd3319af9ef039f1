package org.casedesk.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.casedesk.accounts.UserAccount;
import org.casedesk.cases.CaseHistory;
import org.casedesk.categories.Category;

/**
 * What the Open311 views read in one go: categories, handlers, the cases' history. Joins the
 * caller's transaction.
 */
@ApplicationScoped
public class Open311Repository {

  @PersistenceContext private EntityManager em;

  List<Category> categories() {
    return em.createQuery("select c from Category c", Category.class).getResultList();
  }

  List<UserAccount> accounts(Collection<Long> ids) {
    return em.createQuery("select u from UserAccount u where u.id in :ids", UserAccount.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** The history of these cases, oldest first. */
  List<CaseHistory> history(Collection<Long> caseIds) {
    return em.createQuery(
            "select h from CaseHistory h where h.caseId in :ids order by h.at, h.id",
            CaseHistory.class)
        .setParameter("ids", caseIds)
        .getResultList();
  }

  /**
   * (CaseHistory, WorkCase) of the cases visible to the client in [start, end], oldest first, up to
   * {@code max}.
   */
  List<Object[]> historyBetween(LocalDateTime start, LocalDateTime end, long clientId, int max) {
    return em.createQuery(
            // the case first: EclipseLink joins the outer join to the first variable
            "select h, c from WorkCase c left join Open311Request o on o.caseId = c.id"
                + " join CaseHistory h on h.caseId = c.id"
                + " where h.at >= :start and h.at <= :end and "
                + Open311Service.visibleTo()
                + " order by h.at, h.id",
            Object[].class)
        .setParameter("start", start)
        .setParameter("end", end)
        .setParameter("client", clientId)
        .setMaxResults(max)
        .getResultList();
  }
}
