package org.casedesk.pairing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casedesk.areas.Addresses;
import org.casedesk.areas.AreaNode;

/** Pairings, their visits and the groups' visit cadences. Joins the caller's transaction. */
@ApplicationScoped
public class PairingRepository {

  private static final String ITEM_QUERY =
      "select p, m.name, r.name, ct, f, c.days, g.name, up"
          + " from Pairing p, CommitteeMember m, Resident r, AreaNode f, AreaNode ct, VisitCadence c,"
          + " AreaNode g, AreaNode up"
          + " where m.id = p.memberId and r.id = p.residentId and f.id = r.flatId"
          + " and ct.id = f.parentId and up.id = ct.parentId and c.tag = p.tag and g.id = p.gridId";

  @PersistenceContext private EntityManager em;

  /** Saves a new pairing, visit or cadence; its id is set on return. */
  void add(Object entity) {
    em.persist(entity);
    em.flush();
  }

  Pairing pairing(long id) {
    return em.find(Pairing.class, id);
  }

  PairingVisit visit(long id) {
    return em.find(PairingVisit.class, id);
  }

  VisitCadence cadence(String tag) {
    return em.find(VisitCadence.class, tag);
  }

  List<CadenceItem> cadences() {
    return em.createQuery(
            "select new org.casedesk.pairing.CadenceItem(c.tag, c.days, c.version)"
                + " from VisitCadence c order by c.days, c.tag",
            CadenceItem.class)
        .getResultList();
  }

  /** The pairing's visits, newest first. */
  List<VisitItem> visits(long pairingId) {
    return em.createQuery(
            "select new org.casedesk.pairing.VisitItem(v.id, v.visitedOn, v.form, v.notes,"
                + " v.onTime, u.displayName, v.caseId, w.caseNo)"
                + " from PairingVisit v join UserAccount u on u.id = v.recordedBy"
                + " left join WorkCase w on w.id = v.caseId"
                + " where v.pairingId = :id order by v.visitedOn desc, v.id desc",
            VisitItem.class)
        .setParameter("id", pairingId)
        .getResultList();
  }

  /** How many pairings of this member with this resident are not ended. */
  long activeCount(long memberId, long residentId) {
    return em.createQuery(
            "select count(p) from Pairing p where p.memberId = :m and p.residentId = :r"
                + " and p.endedOn is null",
            Long.class)
        .setParameter("m", memberId)
        .setParameter("r", residentId)
        .getSingleResult();
  }

  /** The day of the pairing's last visit on or before {@code day}, or null. */
  LocalDate lastVisitOnOrBefore(long pairingId, LocalDate day) {
    return em.createQuery(
            "select max(v.visitedOn) from PairingVisit v where v.pairingId = :id"
                + " and v.visitedOn <= :day",
            LocalDate.class)
        .setParameter("id", pairingId)
        .setParameter("day", day)
        .getSingleResult();
  }

  /**
   * The pairings matching a condition on {@code p} and {@code m} (the member), by id; overdue when
   * the next visit was due before {@code today}.
   */
  List<PairingItem> items(LocalDate today, String condition, Map<String, Object> parameters) {
    TypedQuery<Object[]> q =
        em.createQuery(ITEM_QUERY + " and " + condition + " order by p.id", Object[].class);
    parameters.forEach(q::setParameter);
    return q.getResultStream()
        .map(
            row -> {
              Pairing p = (Pairing) row[0];
              int days = (Integer) row[5];
              LocalDate next = p.countsFrom().plusDays(days);
              return new PairingItem(
                  p.getId(),
                  p.getVersion(),
                  p.getMemberId(),
                  (String) row[1],
                  p.getResidentId(),
                  (String) row[2],
                  Addresses.label(null, (AreaNode) row[7], (AreaNode) row[3], (AreaNode) row[4]),
                  p.getTag(),
                  days,
                  p.getGridId(),
                  (String) row[6],
                  p.getStartedOn(),
                  p.getEndedOn(),
                  p.getLastVisitOn(),
                  next,
                  p.getEndedOn() == null && next.isBefore(today));
            })
        .toList();
  }
}
