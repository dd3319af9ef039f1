package org.casedesk.mediation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;

/** Mediations, their mediators and sessions. Joins the caller's transaction. */
@ApplicationScoped
public class MediationRepository {

  private static final String ITEM =
      "select m, w.caseNo, g.name from Mediation m, WorkCase w, AreaNode g"
          + " where w.id = m.caseId and g.id = m.gridId";

  @PersistenceContext private EntityManager em;

  /** Saves a new mediation, mediator or session; its id is set on return. */
  void add(Object entity) {
    em.persist(entity);
    em.flush();
  }

  Mediation mediation(long id) {
    return em.find(Mediation.class, id);
  }

  /**
   * The mediations matching {@code condition} (on {@code m}, with an optional parameter {@code
   * :p}), newest first; a follow-up is due when it is not after {@code today}.
   */
  List<MediationItem> items(String condition, Long parameter, LocalDate today) {
    TypedQuery<Object[]> q =
        em.createQuery(ITEM + condition + " order by m.createdAt desc, m.id desc", Object[].class);
    if (parameter != null) {
      q.setParameter("p", parameter);
    }
    return q.getResultStream().map(row -> item(row, today)).toList();
  }

  MediationItem item(long mediationId, LocalDate today) {
    return item(
        em.createQuery(ITEM + " and m.id = :id", Object[].class)
            .setParameter("id", mediationId)
            .getSingleResult(),
        today);
  }

  /** The mediators' names. */
  List<String> mediators(long mediationId) {
    return em.createQuery(
            "select c.name from Mediator x, CommitteeMember c where c.id = x.memberId"
                + " and x.mediationId = :id order by c.name",
            String.class)
        .setParameter("id", mediationId)
        .getResultList();
  }

  List<SessionItem> sessions(long mediationId) {
    return em.createQuery(
            "select new org.casedesk.mediation.SessionItem(s.heldOn, s.notes,"
                + " u.displayName) from MediationSession s, UserAccount u"
                + " where u.id = s.recordedBy and s.mediationId = :id order by s.heldOn, s.id",
            SessionItem.class)
        .setParameter("id", mediationId)
        .getResultList();
  }

  long mediatorCount(long mediationId, long memberId) {
    return em.createQuery(
            "select count(x) from Mediator x where x.mediationId = :m and x.memberId = :p",
            Long.class)
        .setParameter("m", mediationId)
        .setParameter("p", memberId)
        .getSingleResult();
  }

  long sessionCount(long mediationId) {
    return em.createQuery(
            "select count(s) from MediationSession s where s.mediationId = :id", Long.class)
        .setParameter("id", mediationId)
        .getSingleResult();
  }

  /** How many of the mediation's mediators sign in as this user (0 or 1). */
  long mediatedBy(long mediationId, long userId) {
    return em.createQuery(
            "select count(x) from Mediator x, CommitteeMember c where c.id = x.memberId"
                + " and x.mediationId = :m and c.userId = :me",
            Long.class)
        .setParameter("m", mediationId)
        .setParameter("me", userId)
        .getSingleResult();
  }

  private static MediationItem item(Object[] row, LocalDate today) {
    Mediation m = (Mediation) row[0];
    return new MediationItem(
        m.getId(),
        m.getVersion(),
        m.getCaseId(),
        (String) row[1],
        (String) row[2],
        m.getParties(),
        m.getOutcome(),
        m.getFollowUpOn(),
        m.getKept(),
        m.getFollowUpOn() != null && m.getKept() == null && !m.getFollowUpOn().isAfter(today));
  }
}
