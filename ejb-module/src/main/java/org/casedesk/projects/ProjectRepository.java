package org.casedesk.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** Projects, their parts and milestones. Joins the caller's transaction. */
@ApplicationScoped
public class ProjectRepository {

  private static final String ITEM =
      "select new org.casedesk.projects.ProjectItem(p.id, p.version, p.title, p.communityId,"
          + " c.name, p.place, p.dueOn, p.status,"
          + " (select count(x) from ProjectPart x where x.projectId = p.id),"
          + " (select count(x) from ProjectPart x where x.projectId = p.id and x.unitId is not null),"
          + " (select count(x) from ProjectPart x where x.projectId = p.id and x.doneAt is not null))"
          + " from Project p join AreaNode c on c.id = p.communityId";

  private static final String PART =
      "select new org.casedesk.projects.PartItem(x.id, x.version, x.projectId, p.title, x.name,"
          + " x.unitId, u.name, a.displayName, x.claimedAt, x.doneAt, x.doneNote)"
          + " from ProjectPart x join Project p on p.id = x.projectId"
          + " left join MemberUnit u on u.id = x.unitId"
          + " left join UserAccount a on a.id = x.claimedBy";

  @PersistenceContext private EntityManager em;

  /** Saves a new project, part or milestone; its id is set on return. */
  void add(Object entity) {
    em.persist(entity);
    em.flush();
  }

  Project project(long id) {
    return em.find(Project.class, id);
  }

  ProjectPart part(long id) {
    return em.find(ProjectPart.class, id);
  }

  ProjectMilestone milestone(long id) {
    return em.find(ProjectMilestone.class, id);
  }

  /** The projects of a community (every one for {@code null}), newest first. */
  List<ProjectItem> items(Long community) {
    TypedQuery<ProjectItem> q =
        em.createQuery(
            ITEM
                + (community == null ? "" : " where p.communityId = :community")
                + " order by p.createdAt desc, p.id desc",
            ProjectItem.class);
    if (community != null) {
      q.setParameter("community", community);
    }
    return q.getResultList();
  }

  ProjectItem item(long projectId) {
    return em.createQuery(ITEM + " where p.id = :id", ProjectItem.class)
        .setParameter("id", projectId)
        .getSingleResult();
  }

  List<PartItem> parts(long projectId) {
    return em.createQuery(PART + " where x.projectId = :id order by x.id", PartItem.class)
        .setParameter("id", projectId)
        .getResultList();
  }

  List<MilestoneItem> milestones(long projectId) {
    return em.createQuery(
            "select new org.casedesk.projects.MilestoneItem(m.id, m.version, m.title, m.dueOn,"
                + " m.doneOn) from ProjectMilestone m where m.projectId = :id"
                + " order by m.dueOn, m.id",
            MilestoneItem.class)
        .setParameter("id", projectId)
        .getResultList();
  }

  long partsNotDone(long projectId) {
    return em.createQuery(
            "select count(x) from ProjectPart x where x.projectId = :id and x.doneAt is null",
            Long.class)
        .setParameter("id", projectId)
        .getSingleResult();
  }

  long partsOfUnit(long projectId, long unitId) {
    return em.createQuery(
            "select count(x) from ProjectPart x where x.projectId = :id and x.unitId = :unit",
            Long.class)
        .setParameter("id", projectId)
        .setParameter("unit", unitId)
        .getSingleResult();
  }

  /** The parts claimed by {@code who} (a condition on {@code x}), in a community when given. */
  List<PartItem> claimed(String condition, long who, Long community) {
    TypedQuery<PartItem> q =
        em.createQuery(
            PART
                + " where "
                + condition
                + (community == null ? "" : " and p.communityId = :community")
                + " order by x.claimedAt desc",
            PartItem.class);
    q.setParameter("who", who);
    if (community != null) {
      q.setParameter("community", community);
    }
    return q.getResultList();
  }
}
