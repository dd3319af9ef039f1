package org.casedesk.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.Addresses;
import org.casedesk.areas.AreaNode;
import org.casedesk.areas.AreaRepository;
import org.casedesk.categories.Category;
import org.casedesk.residents.Resident;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.LocalizedName;
import org.casedesk.shared.Masking;
import org.casedesk.shared.Roles;

/**
 * What every case use case shares: loading a case at the version the user saw (optimistic lock,
 * {@code case.conflict} otherwise), the append-only history rows, and queue rows. Joins the
 * caller's transaction.
 */
@ApplicationScoped
public class CaseRepository {

  @PersistenceContext private EntityManager em;
  @jakarta.inject.Inject private AreaRepository areas;
  @jakarta.inject.Inject private java.time.Clock clock;

  public WorkCase lock(long caseId, long expectedVersion) {
    // The row is locked (select … for update) before its version is compared, so of two
    // simultaneous actions the second waits for the first and then always sees the new version
    // (the conflict message), instead of failing at commit with an error page.
    WorkCase c = em.find(WorkCase.class, caseId, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    if (c == null) {
      throw new BusinessException("case.notFound");
    }
    if (c.getVersion() != expectedVersion) {
      throw new BusinessException("case.conflict");
    }
    return c;
  }

  public WorkCase lockAssigned(long caseId, long expectedVersion, UserAccount me) {
    WorkCase c = lock(caseId, expectedVersion);
    if (!me.getId().equals(c.getHandlerId())) {
      throw new BusinessException("case.notAssigned");
    }
    return c;
  }

  /** Locks a case the caller may see at its current version (an action that adds to it). */
  public WorkCase lockCurrent(long caseId, UserAccount me) {
    return visible(em.find(WorkCase.class, caseId, LockModeType.OPTIMISTIC_FORCE_INCREMENT), me);
  }

  /** A case the caller may see; others' cases look like missing ones. */
  public WorkCase findVisible(long caseId, UserAccount me) {
    return visible(em.find(WorkCase.class, caseId), me);
  }

  /** Locks a case the caller may see (others' cases look like missing ones). */
  public WorkCase lockVisible(long caseId, long expectedVersion, UserAccount me) {
    return visible(lock(caseId, expectedVersion), me);
  }

  private WorkCase visible(WorkCase c, UserAccount me) {
    Long handlerUnit =
        c == null || c.getHandlerId() == null || me.getMemberUnitId() == null
            ? null
            : em.find(UserAccount.class, c.getHandlerId()).getMemberUnitId();
    if (c == null || !CaseScope.of(me).permits(me, c, handlerUnit)) {
      throw new BusinessException("case.notFound");
    }
    return c;
  }

  /** The case with this id, or null (no visibility check: for a service that checked). */
  WorkCase find(long caseId) {
    return em.find(WorkCase.class, caseId);
  }

  /** The case saved with this entry form's one-time token, if any. */
  Optional<WorkCase> byToken(String token) {
    return em.createQuery("select c from WorkCase c where c.requestToken = :token", WorkCase.class)
        .setParameter("token", token)
        .getResultStream()
        .findFirst();
  }

  /** Saves a new case at once: its history refers to it by id. */
  void add(WorkCase c) {
    em.persist(c);
    em.flush();
  }

  /** Writes what the transaction has changed so far (errors surface in the service). */
  void flush() {
    em.flush();
  }

  /** A further (merged) caller, or null. */
  CaseCaller caller(long callerId) {
    return em.find(CaseCaller.class, callerId);
  }

  /** Saves a further caller at once (its id is returned). */
  void addCaller(CaseCaller caller) {
    em.persist(caller);
    em.flush();
  }

  void addVisit(CaseVisit visit) {
    em.persist(visit);
  }

  /**
   * Whether the case's resident or one of its further callers is the resident {@code residentId},
   * or has this name and phone.
   */
  boolean alreadyCalled(WorkCase c, Long residentId, String name, String phone) {
    return em.createQuery(
                "select count(r) from Resident r where (r.id = :first or r.id in"
                    + " (select k.residentId from CaseCaller k where k.caseId = :case))"
                    + " and (r.id = :resident or (r.name = :name and r.phone = :phone))",
                Long.class)
            .setParameter("first", c.getResidentId() == null ? -1L : c.getResidentId())
            .setParameter("case", c.getId())
            .setParameter("resident", residentId == null ? -1L : residentId)
            .setParameter("name", name)
            .setParameter("phone", phone)
            .getSingleResult()
        > 0;
  }

  /** The case's timeline, oldest first. */
  List<HistoryItem> history(long caseId) {
    return em.createQuery(
            "select new org.casedesk.cases.HistoryItem(h.at, u.displayName, h.fromState, h.toState, h.action, h.satisfaction, h.note)"
                + " from CaseHistory h, UserAccount u where u.id = h.actorId and h.caseId = :id"
                + " order by h.at, h.id",
            HistoryItem.class)
        .setParameter("id", caseId)
        .getResultList();
  }

  /** A further caller with their resident (null for a new caller without one). */
  record CallerRow(CaseCaller caller, Resident resident) {}

  /** The case's further callers in the order they called. */
  List<CallerRow> callers(long caseId) {
    return em.createQuery(
            "select k, r from CaseCaller k left join Resident r on r.id = k.residentId"
                + " where k.caseId = :id order by k.addedAt, k.id",
            Object[].class)
        .setParameter("id", caseId)
        .getResultStream()
        .map(row -> new CallerRow((CaseCaller) row[0], (Resident) row[1]))
        .toList();
  }

  /** The active handlers, by grid and name. */
  List<HandlerItem> handlers() {
    return em.createQuery(
            "select new org.casedesk.cases.HandlerItem(u.id, u.displayName, g.name)"
                + " from UserAccount u left join AreaNode g on g.id = u.gridId"
                + " where u.role = :role and u.enabled = true order by g.name, u.displayName",
            HandlerItem.class)
        .setParameter("role", Roles.HANDLER)
        .getResultList();
  }

  /** Who last moved the case into {@code state} (e.g. the handler who returned it), or null. */
  public Long lastActorInto(long caseId, CaseState state) {
    return em.createQuery(
            "select h.actorId from CaseHistory h where h.caseId = :case and h.toState = :state"
                + " order by h.at desc, h.id desc",
            Long.class)
        .setParameter("case", caseId)
        .setParameter("state", state)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** A move between states: one append-only history row. */
  public void moved(WorkCase c, UserAccount actor, CaseState from, String note) {
    em.persist(new CaseHistory(c.getId(), actor.getId(), now(), from, c.getState(), null, note));
  }

  /** A move between states recorded as an action (e.g. a visit that starts the handling). */
  public void moved(WorkCase c, UserAccount actor, CaseState from, CaseAction action, String note) {
    em.persist(new CaseHistory(c.getId(), actor.getId(), now(), from, c.getState(), action, note));
  }

  /** A further caller's follow-up: keeps the state, records the answer. */
  public void callerFollowedUp(WorkCase c, UserAccount actor, Satisfaction answer, String note) {
    CaseHistory row =
        CaseHistory.followUp(
            c.getId(), actor.getId(), now(), c.getState(), c.getState(), answer, note);
    row.records(CaseAction.CALLER_FOLLOWED_UP);
    em.persist(row);
  }

  /** The follow-up's move, with the resident's answer. */
  public void followedUp(
      WorkCase c, UserAccount actor, CaseState from, Satisfaction answer, String note) {
    em.persist(
        CaseHistory.followUp(c.getId(), actor.getId(), now(), from, c.getState(), answer, note));
  }

  /** 同意延期: the action's row keeps the due time the extension replaced. */
  public void extended(WorkCase c, UserAccount actor, LocalDateTime previousDue, String note) {
    CaseHistory row =
        new CaseHistory(
            c.getId(),
            actor.getId(),
            now(),
            c.getState(),
            c.getState(),
            CaseAction.EXTENSION_APPROVED,
            note);
    row.replacedDue(previousDue);
    em.persist(row);
  }

  /** An action that keeps the state: one append-only history row. */
  public void acted(WorkCase c, UserAccount actor, CaseAction action, String note) {
    em.persist(
        new CaseHistory(c.getId(), actor.getId(), now(), c.getState(), c.getState(), action, note));
  }

  /**
   * Likely duplicates of a case being entered at {@code location}: the same category at the same
   * place, accepted within the last {@code days} days, still open or closed within that time,
   * newest first (at most 10). The place is the courtyard for a location in one (a neighbour's call
   * about the same burst pipe can be merged), else the node itself (a grid, a public place).
   */
  public List<CaseSummary> likelyDuplicates(AreaNode location, long categoryId, int days) {
    LocalDateTime since = now().minusDays(days);
    Optional<AreaNode> courtyard = areas.courtyardOf(location);
    return summaries(
        "c.categoryId = :category and "
            + (courtyard.isPresent()
                ? "(f.id = :place or f.parentId = :place or f.parentId in"
                    + " (select e.id from AreaNode e where e.parentId = :place))"
                : "c.locationId = :place")
            + " and c.acceptedAt >= :since and (c.state <> :closed or c.closedAt >= :since)",
        Map.of(
            "category",
            categoryId,
            "place",
            courtyard.orElse(location).getId(),
            "since",
            since,
            "closed",
            CaseState.CLOSED),
        "c.acceptedAt desc, c.id desc",
        0,
        10);
  }

  /** A queue: the first 500 cases matching the condition on {@code c}, most urgent first. */
  public List<CaseSummary> summaries(String condition, Map<String, Object> parameters) {
    return summaries(condition, parameters, "c.dueAt, c.id", 0, 500);
  }

  /**
   * One page of queue rows, ordered by {@code orderBy} (JPQL on {@code c}, never user input). Two
   * queries: the page's ids from work_case alone (an index scan, however deep the page), then those
   * rows with their category and location (with its parent and grandparent for the label). The
   * condition may use the location node as {@code f}.
   */
  public List<CaseSummary> summaries(
      String condition, Map<String, Object> parameters, String orderBy, int first, int max) {
    boolean needsFlat = condition.contains("f.");
    TypedQuery<Long> idQuery =
        em.createQuery(
            "select c.id from WorkCase c"
                + (needsFlat ? ", AreaNode f where f.id = c.locationId and " : " where ")
                + condition
                + " order by "
                + orderBy,
            Long.class);
    parameters.forEach(idQuery::setParameter);
    return summariesOf(idQuery.setFirstResult(first).setMaxResults(max).getResultList(), orderBy);
  }

  /** The queue rows of these cases, ordered by {@code orderBy} (JPQL on {@code c}). */
  List<CaseSummary> summariesOf(List<Long> ids, String orderBy) {
    if (ids.isEmpty()) {
      return List.of();
    }
    LocalDateTime now = now();
    return em.createQuery(
            "select c, cat, l, p, g, r.name, h.displayName from WorkCase c"
                + " left join Resident r on r.id = c.residentId"
                + " left join UserAccount h on h.id = c.handlerId,"
                + " Category cat, AreaNode l, AreaNode p,"
                + " AreaNode g where cat.id = c.categoryId and l.id = c.locationId"
                + " and p.id = l.parentId and g.id = p.parentId"
                + " and c.id in :ids order by "
                + orderBy,
            Object[].class)
        .setParameter("ids", ids)
        .getResultStream()
        .map(
            row -> {
              WorkCase c = (WorkCase) row[0];
              Category cat = (Category) row[1];
              boolean overdue =
                  c.getResolvedAt() == null && c.getDueAt() != null && c.getDueAt().isBefore(now);
              return new CaseSummary(
                  c.getId(),
                  c.getCaseNo(),
                  new LocalizedName(cat.getNameZh(), cat.getNameEn()),
                  Addresses.label(
                      c.getLocationDetail(),
                      (AreaNode) row[4],
                      (AreaNode) row[3],
                      (AreaNode) row[2]),
                  c.getState(),
                  c.getAcceptedAt(),
                  c.getDueAt(),
                  overdue,
                  c.getResolvedAt() == null
                      && c.getWarnAt() != null
                      && !c.getWarnAt().isAfter(now)
                      && !c.getDueAt().isBefore(now),
                  c.getVersion(),
                  c.getResidentId(),
                  Masking.name((String) row[5]),
                  c.getResolvedAt(),
                  (String) row[6],
                  c.getExtensionDays(),
                  overdue ? java.time.Duration.between(c.getDueAt(), now).toDays() : 0);
            })
        .toList();
  }

  /** A queue page from {@code first}, most urgent first, with the total for the pager. */
  public CasePage page(String condition, Map<String, Object> parameters, int first) {
    long total = count(condition, parameters);
    int from = (int) Math.min(Math.max(0, first), Math.max(0, total - 1));
    return new CasePage(
        total == 0
            ? List.of()
            : summaries(condition, parameters, "c.dueAt, c.id", from, CasePage.SIZE),
        from,
        CasePage.SIZE,
        total);
  }

  /**
   * How many cases match the condition on {@code c}, up to {@code atMost}: the ids of at most that
   * many are read (the scan stops there), never a count over all of them.
   */
  public long countUpTo(String condition, Map<String, Object> parameters, int atMost) {
    TypedQuery<Long> query =
        em.createQuery("select c.id from WorkCase c where " + condition, Long.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(atMost).getResultList().size();
  }

  public long count(String condition, Map<String, Object> parameters) {
    TypedQuery<Long> query =
        // count(c) would be count(id), which no index but the primary key holds: state is never
        // null and is in every index a count can be answered from alone (index-only scans)
        em.createQuery("select count(c.state) from WorkCase c where " + condition, Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  /**
   * Per grid ({@code byUnit} false) or per member unit of the handler, how many cases matching the
   * condition on {@code c} there are, most first (at most 20 rows): one group-by query.
   */
  public List<AreaOverdue> countsBy(
      boolean byUnit, String condition, Map<String, Object> parameters) {
    TypedQuery<Object[]> query =
        em.createQuery(
            byUnit
                ? "select u.id, u.name, count(c.state) from WorkCase c, UserAccount h, MemberUnit u"
                    + " where h.id = c.handlerId and u.id = h.memberUnitId and "
                    + condition
                    + " group by u.id, u.name order by count(c.state) desc, u.name"
                : "select g.id, g.name, count(c.state) from WorkCase c, AreaNode g"
                    + " where g.id = c.gridId and "
                    + condition
                    + " group by g.id, g.name order by count(c.state) desc, g.name",
            Object[].class);
    parameters.forEach(query::setParameter);
    return query
        .setMaxResults(20)
        .getResultStream()
        .map(
            row ->
                new AreaOverdue(
                    ((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue()))
        .toList();
  }

  /**
   * For the cases matching the condition, how many are due from {@code now} to {@code until}, and
   * how many are overdue at {@code now}: one query.
   */
  public long[] dueAndOverdue(
      String condition, Map<String, Object> parameters, LocalDateTime now, LocalDateTime until) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select sum(case when c.dueAt >= :now and c.dueAt <= :until then 1 else 0 end),"
                + " sum(case when c.dueAt < :now then 1 else 0 end) from WorkCase c where "
                + condition,
            Object[].class);
    parameters.forEach(query::setParameter);
    Object[] row = query.setParameter("now", now).setParameter("until", until).getSingleResult();
    return new long[] {
      row[0] == null ? 0 : ((Number) row[0]).longValue(),
      row[1] == null ? 0 : ((Number) row[1]).longValue()
    };
  }

  public LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
