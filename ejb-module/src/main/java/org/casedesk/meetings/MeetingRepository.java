package org.casedesk.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Meetings, their invitees, agenda items and decisions. Joins the caller's transaction. */
@ApplicationScoped
public class MeetingRepository {

  private static final String ITEM =
      "select new org.casedesk.meetings.MeetingItem(m.id, m.version, m.title, m.communityId,"
          + " c.name, m.heldOn, m.place,"
          + " case when m.minutesAt is null then false else true end,"
          + " (select count(a) from AgendaItem a where a.meetingId = m.id),"
          + " (select count(d) from Decision d where d.meetingId = m.id and d.doneAt is null))"
          + " from Meeting m join AreaNode c on c.id = m.communityId";

  private static final String DECISION =
      "select d, mt.title, w.caseNo, u.name, mm.name from Decision d"
          + " join Meeting mt on mt.id = d.meetingId"
          + " left join WorkCase w on w.id = d.caseId"
          + " left join MemberUnit u on u.id = d.ownerUnitId"
          + " left join CommitteeMember mm on mm.id = d.ownerMemberId";

  @PersistenceContext private EntityManager em;

  /** Saves a new meeting, invitee, agenda item or decision; its id is set on return. */
  void add(Object entity) {
    em.persist(entity);
    em.flush();
  }

  Meeting meeting(long id) {
    return em.find(Meeting.class, id);
  }

  AgendaItem agendaItem(long id) {
    return em.find(AgendaItem.class, id);
  }

  Decision decision(long id) {
    return em.find(Decision.class, id);
  }

  /** The meetings of a community (every one for {@code null}), newest first. */
  List<MeetingItem> items(Long community) {
    TypedQuery<MeetingItem> q =
        em.createQuery(
            ITEM
                + (community == null ? "" : " where m.communityId = :community")
                + " order by m.heldOn desc, m.id desc",
            MeetingItem.class);
    if (community != null) {
      q.setParameter("community", community);
    }
    return q.getResultList();
  }

  MeetingItem item(long meetingId) {
    return em.createQuery(ITEM + " where m.id = :id", MeetingItem.class)
        .setParameter("id", meetingId)
        .getSingleResult();
  }

  List<InviteeItem> invitees(long meetingId) {
    return em.createQuery(
            "select new org.casedesk.meetings.InviteeItem(mm.id, mm.name, u.name, i.attended)"
                + " from Invitee i, CommitteeMember mm"
                + " left join MemberUnit u on u.id = mm.unitId"
                + " where mm.id = i.memberId and i.meetingId = :id order by mm.name",
            InviteeItem.class)
        .setParameter("id", meetingId)
        .getResultList();
  }

  Optional<Invitee> invitee(long meetingId, long memberId) {
    return em.createQuery(
            "select i from Invitee i where i.meetingId = :m and i.memberId = :p", Invitee.class)
        .setParameter("m", meetingId)
        .setParameter("p", memberId)
        .getResultStream()
        .findFirst();
  }

  /** The agenda in order, each item with its decisions. */
  List<AgendaItemView> agenda(long meetingId, Map<Long, List<DecisionItem>> decisions) {
    return em.createQuery(
            "select a, w.caseNo from AgendaItem a left join WorkCase w on w.id = a.caseId"
                + " where a.meetingId = :id order by a.id",
            Object[].class)
        .setParameter("id", meetingId)
        .getResultStream()
        .map(
            row -> {
              AgendaItem a = (AgendaItem) row[0];
              return new AgendaItemView(
                  a.getId(),
                  a.getVersion(),
                  a.getCaseId(),
                  (String) row[1],
                  a.getTopic(),
                  a.isNoTaskNeeded(),
                  decisions.getOrDefault(a.getId(), List.of()));
            })
        .toList();
  }

  long decisionCount(long agendaItemId) {
    return em.createQuery("select count(d) from Decision d where d.agendaItemId = :id", Long.class)
        .setParameter("id", agendaItemId)
        .getSingleResult();
  }

  /** The case's decisions not done yet, counting the changes of this transaction. */
  long openDecisionsOfCase(long caseId) {
    em.flush();
    return em.createQuery(
            "select count(x) from Decision x where x.caseId = :c and x.doneAt is null", Long.class)
        .setParameter("c", caseId)
        .getSingleResult();
  }

  /** The decisions matching a condition on {@code d}, by due date; overdue as of {@code today}. */
  List<DecisionItem> decisions(String condition, Map<String, Object> parameters, LocalDate today) {
    TypedQuery<Object[]> q =
        em.createQuery(
            DECISION + " where " + condition + " order by d.dueOn, d.id", Object[].class);
    parameters.forEach(q::setParameter);
    return q.getResultStream()
        .map(
            row -> {
              Decision d = (Decision) row[0];
              return new DecisionItem(
                  d.getId(),
                  d.getVersion(),
                  d.getMeetingId(),
                  (String) row[1],
                  d.getAgendaItemId(),
                  d.getCaseId(),
                  (String) row[2],
                  d.getText(),
                  (String) row[3],
                  (String) row[4],
                  d.getDueOn(),
                  d.getDoneAt(),
                  d.getDoneNote(),
                  d.getDoneAt() == null && d.getDueOn().isBefore(today));
            })
        .toList();
  }
}
