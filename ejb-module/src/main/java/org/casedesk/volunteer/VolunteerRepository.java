package org.casedesk.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * Volunteer activities, unit services, their participants and recipients. Joins the caller's
 * transaction.
 */
@ApplicationScoped
public class VolunteerRepository {

  private static final String ACTIVITY =
      "select new org.casedesk.volunteer.ActivityItem(a.id, a.type, a.title, c.name, g.name,"
          + " a.heldAt, a.place, u.name,"
          + " (select count(x) from ActivityParticipant x where x.activityId = a.id),"
          + " (select sum(x.hours) from ActivityParticipant x where x.activityId = a.id))"
          + " from VolunteerActivity a join AreaNode c on c.id = a.communityId"
          + " left join AreaNode g on g.id = a.gridId"
          + " left join MemberUnit u on u.id = a.organiserUnitId";

  private static final String SERVICE =
      "select new org.casedesk.volunteer.ServiceItem(s.id, s.type, s.title, c.name, g.name,"
          + " u.name, s.servedOn,"
          + " (select count(x) from ServiceRecipient x where x.serviceId = s.id))"
          + " from UnitServiceRecord s join AreaNode c on c.id = s.communityId"
          + " left join AreaNode g on g.id = s.gridId join MemberUnit u on u.id = s.unitId";

  @PersistenceContext private EntityManager em;

  /** Saves a new activity, participant, service or recipient; its id is set on return. */
  void add(Object entity) {
    em.persist(entity);
    em.flush();
  }

  /** Services of a community (every one for {@code null}), newest first. */
  List<ServiceItem> services(Long community, int max) {
    TypedQuery<ServiceItem> q =
        em.createQuery(
            SERVICE
                + (community == null ? "" : " where s.communityId = :community")
                + " order by s.servedOn desc, s.id desc",
            ServiceItem.class);
    if (community != null) {
      q.setParameter("community", community);
    }
    return q.setMaxResults(max).getResultList();
  }

  /**
   * Activities matching a condition on {@code a} (optionally of :who), in a community when given.
   */
  List<ActivityItem> activities(String condition, Long who, Long community, int max) {
    TypedQuery<ActivityItem> q =
        em.createQuery(
            ACTIVITY
                + " where "
                + condition
                + (community == null ? "" : " and a.communityId = :community")
                + " order by a.heldAt desc, a.id desc",
            ActivityItem.class);
    if (who != null) {
      q.setParameter("who", who);
    }
    if (community != null) {
      q.setParameter("community", community);
    }
    return q.setMaxResults(max).getResultList();
  }

  /**
   * Per participant of these activities, in order: activity id, member name, resident id and name,
   * free name, hours.
   */
  List<Object[]> participants(List<Long> activityIds) {
    return em.createQuery(
            "select x.activityId, m.name, r.id, r.name, x.name, x.hours"
                + " from ActivityParticipant x left join CommitteeMember m on m.id = x.memberId"
                + " left join Resident r on r.id = x.residentId"
                + " where x.activityId in :ids order by x.id",
            Object[].class)
        .setParameter("ids", activityIds)
        .getResultList();
  }

  /** The sum of hours and the number of activities of the participations matching (:who). */
  Object[] hoursAndActivities(String participation, long who) {
    return em.createQuery(
            "select sum(x.hours), count(distinct a.id) from ActivityParticipant x,"
                + " VolunteerActivity a where a.id = x.activityId and "
                + participation,
            Object[].class)
        .setParameter("who", who)
        .getSingleResult();
  }

  long servicesOfUnit(long unitId, Long community) {
    return em.createQuery(
            "select count(s) from UnitServiceRecord s where s.unitId = :who"
                + inCommunity(community),
            Long.class)
        .setParameter("who", unitId)
        .getSingleResult();
  }

  /** How many distinct residents the unit's services reached. */
  long recipientsOfUnit(long unitId, Long community) {
    return em.createQuery(
            "select count(distinct x.residentId) from ServiceRecipient x, UnitServiceRecord s"
                + " where s.id = x.serviceId and s.unitId = :who"
                + inCommunity(community),
            Long.class)
        .setParameter("who", unitId)
        .getSingleResult();
  }

  private static String inCommunity(Long community) {
    return community == null ? "" : " and s.communityId = " + community;
  }
}
