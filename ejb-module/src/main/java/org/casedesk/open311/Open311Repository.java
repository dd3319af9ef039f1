package org.casedesk.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaNode;
import org.casedesk.cases.CaseHistory;
import org.casedesk.cases.WorkCase;
import org.casedesk.categories.Category;

/**
 * The Open311 API's requests and what its answers read: cases, categories, address nodes, handlers,
 * the cases' history. Joins the caller's transaction.
 */
@ApplicationScoped
public class Open311Repository {

  @PersistenceContext private EntityManager em;

  /** Saves a request as it arrived. */
  void add(Open311Request request) {
    em.persist(request);
  }

  Open311Request request(long id) {
    return em.find(Open311Request.class, id);
  }

  Optional<Open311Request> byToken(String token) {
    return em.createQuery(
            "select r from Open311Request r where r.token = :token", Open311Request.class)
        .setParameter("token", token)
        .getResultStream()
        .findFirst();
  }

  /** Requests whose address the tree did not match, oldest first (up to 500). */
  List<UnplacedItem> unplaced() {
    return em.createQuery(
            "select new org.casedesk.open311.UnplacedItem(r.id, r.receivedAt, a.name, k.nameZh,"
                + " r.externalId, r.addressString, r.lat, r.lng, r.description)"
                + " from Open311Request r join ApiClient a on a.id = r.clientId"
                + " join Category k on k.id = r.categoryId where r.caseId is null"
                + " order by r.receivedAt, r.id",
            UnplacedItem.class)
        .setMaxResults(500)
        .getResultList();
  }

  WorkCase workCase(long id) {
    return em.find(WorkCase.class, id);
  }

  Optional<WorkCase> caseByNo(String caseNo) {
    return em.createQuery("select c from WorkCase c where c.caseNo = :no", WorkCase.class)
        .setParameter("no", caseNo)
        .getResultStream()
        .findFirst();
  }

  /**
   * (WorkCase, Open311Request or null) matching a condition on c, k (category) and o, newest first.
   */
  List<Object[]> cases(String where, Map<String, Object> parameters, int first, int max) {
    var query =
        em.createQuery(
            "select c, o from WorkCase c join Category k on k.id = c.categoryId"
                + " left join Open311Request o on o.caseId = c.id where "
                + where
                + " order by c.acceptedAt desc, c.id desc",
            Object[].class);
    parameters.forEach(query::setParameter);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  /** Every category, by id. */
  List<Category> categories() {
    return em.createQuery("select c from Category c order by c.id", Category.class).getResultList();
  }

  Optional<Category> categoryByCode(String code) {
    return em.createQuery("select c from Category c where c.code = :code", Category.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** Address nodes of these kinds whose name is like {@code pattern}, by id, at most 200. */
  List<AreaNode> addressesNamed(Set<AreaKind> kinds, String pattern) {
    return em.createQuery(
            "select a from AreaNode a where a.kind in :kinds and a.name like :q order by a.id",
            AreaNode.class)
        .setParameter("kinds", kinds)
        .setParameter("q", pattern)
        .setMaxResults(200)
        .getResultList();
  }

  /** The children of a node, by id, at most 200. */
  List<AreaNode> addressesUnder(long parentId) {
    return em.createQuery(
            "select a from AreaNode a where a.parentId = :p order by a.id", AreaNode.class)
        .setParameter("p", parentId)
        .setMaxResults(200)
        .getResultList();
  }

  List<AreaNode> addressesOfKind(AreaKind kind) {
    return em.createQuery(
            "select a from AreaNode a where a.kind = :k order by a.id", AreaNode.class)
        .setParameter("k", kind)
        .getResultList();
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
                + Open311ReadService.visibleTo()
                + " order by h.at, h.id",
            Object[].class)
        .setParameter("start", start)
        .setParameter("end", end)
        .setParameter("client", clientId)
        .setMaxResults(max)
        .getResultList();
  }
}
