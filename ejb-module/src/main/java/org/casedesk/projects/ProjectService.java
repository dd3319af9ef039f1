package org.casedesk.projects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.casedesk.accounts.BaseService;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaNode;
import org.casedesk.areas.AreaRepository;
import org.casedesk.members.CommitteeAccess;
import org.casedesk.members.Member;
import org.casedesk.members.MemberRepository;
import org.casedesk.members.MemberUnit;
import org.casedesk.members.UnitRepository;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;

/**
 * 办实事项目: officials and ADMIN create projects of their area with parts and milestones; member units
 * claim a part (a handler for the unit they work for, an official on behalf of a unit) and report
 * it done; officials complete the project once every part is done and record the residents'
 * acceptance.
 */
@Stateless
public class ProjectService extends BaseService {

  /** The part that stands for the whole project when it was not divided. */
  public static final String WHOLE = "全部";

  @Inject private ProjectRepository projects;
  @Inject private AreaRepository areas;
  @Inject private UnitRepository units;
  @Inject private MemberRepository members;
  @Inject private CommitteeAccess access;

  /** Projects of the caller's area, newest first. */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public List<ProjectItem> projects() {
    Long community = access.communityOf(me());
    return projects.items(community);
  }

  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public ProjectDetail detail(long projectId) {
    UserAccount me = me();
    Project p = visible(me, projectId);
    ProjectItem item = projects.item(projectId);
    AreaNode grid = p.getGridId() == null ? null : areas.find(p.getGridId());
    return new ProjectDetail(
        item,
        p.getDescription(),
        grid == null ? null : grid.getName(),
        p.getCompletedAt(),
        p.getCompletionNote(),
        p.getSurveyed(),
        p.getSatisfied(),
        p.getAcceptanceNote(),
        projects.parts(projectId),
        projects.milestones(projectId));
  }

  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public long create(@NotNull @Valid NewProject input) {
    UserAccount me = me();
    access.requireMaintainable(me, input.communityId());
    access.requireArea(input.communityId(), input.gridId());
    Project p =
        new Project(
            input.title().strip(),
            input.description().strip(),
            input.communityId(),
            input.gridId(),
            input.place() == null ? null : input.place().strip(),
            input.dueOn(),
            me.getId(),
            now());
    projects.add(p);
    List<String> parts =
        input.parts() == null
            ? List.of()
            : input.parts().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    for (String part : parts.isEmpty() ? List.of(WHOLE) : parts) {
      projects.add(new ProjectPart(p.getId(), part));
    }
    return p.getId();
  }

  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public void addMilestone(
      long projectId,
      @NotBlank(message = "{project.milestone.required}")
          @Size(max = 100, message = "{project.part.size}")
          @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
          String title,
      @NotNull(message = "{project.milestone.dueOn}") LocalDate dueOn) {
    UserAccount me = me();
    Project p = maintainable(me, projectId);
    requireOpen(p);
    projects.add(new ProjectMilestone(p.getId(), title.strip(), dueOn));
  }

  /** A milestone reached: officials, or staff of a unit that claimed a part. */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public void milestoneReached(
      long milestoneId,
      long expectedVersion,
      @NotNull(message = "{project.milestone.dueOn}") LocalDate on) {
    UserAccount me = me();
    ProjectMilestone m = projects.milestone(milestoneId);
    if (m == null) {
      throw new BusinessException("project.notFound");
    }
    Project p = visible(me, m.getProjectId());
    requireWorker(me, p);
    CommitteeAccess.requireVersion(m.getVersion(), expectedVersion);
    if (m.getDoneOn() != null) {
      throw new BusinessException("project.milestone.already");
    }
    m.reached(on, me.getId());
  }

  /**
   * 认领: a unit claims a part. A handler claims for the unit they work for ({@code unitId} may be
   * null); an official names the unit.
   */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public void claim(long partId, long expectedVersion, Long unitId) {
    UserAccount me = me();
    ProjectPart part = part(partId);
    Project p = visible(me, part.getProjectId());
    Long unit = unitId;
    if (Roles.HANDLER.equals(me.getRole())) {
      if (me.getMemberUnitId() == null
          || (unitId != null && !unitId.equals(me.getMemberUnitId()))) {
        throw new BusinessException("project.claim.notYourUnit");
      }
      unit = me.getMemberUnitId();
    } else {
      access.requireMaintainable(me, p.getCommunityId());
    }
    MemberUnit claimant = unit == null ? null : units.find(unit);
    if (claimant == null || !claimant.isActive() || !access.sees(me, claimant.getCommunityId())) {
      throw new BusinessException("project.claim.unitInvalid");
    }
    requireOpen(p);
    CommitteeAccess.requireVersion(part.getVersion(), expectedVersion);
    if (part.getUnitId() != null) {
      throw new BusinessException("project.claim.taken");
    }
    part.claim(claimant.getId(), me.getId(), now());
  }

  /** The claiming unit's staff (or an official) reports a part done. */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public void partDone(
      long partId,
      long expectedVersion,
      @Size(max = 2000, message = "{project.description.size}")
          @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
          String note) {
    UserAccount me = me();
    ProjectPart part = part(partId);
    Project p = visible(me, part.getProjectId());
    if (part.getUnitId() == null) {
      throw new BusinessException("project.part.unclaimed");
    }
    if (Roles.HANDLER.equals(me.getRole())) {
      if (!part.getUnitId().equals(me.getMemberUnitId())) {
        throw new BusinessException("project.claim.notYourUnit");
      }
    } else {
      access.requireMaintainable(me, p.getCommunityId());
    }
    requireOpen(p);
    CommitteeAccess.requireVersion(part.getVersion(), expectedVersion);
    if (part.getDoneAt() != null) {
      throw new BusinessException("project.part.already");
    }
    part.done(note == null || note.isBlank() ? null : note.strip(), now());
  }

  /** 完成: every part done, the project is completed. */
  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public void complete(
      long projectId,
      long expectedVersion,
      @NotBlank(message = "{project.completion.required}")
          @Size(max = 2000, message = "{project.description.size}")
          @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
          String note) {
    UserAccount me = me();
    Project p = maintainable(me, projectId);
    CommitteeAccess.requireVersion(p.getVersion(), expectedVersion);
    requireOpen(p);
    long notDone = projects.partsNotDone(projectId);
    if (notDone > 0) {
      throw new BusinessException("project.partsOpen", notDone);
    }
    p.complete(note.strip(), now());
  }

  /** 验收: how many residents were asked and how many were satisfied. */
  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public void accept(
      long projectId,
      long expectedVersion,
      @Min(value = 1, message = "{project.surveyed.range}")
          @Max(value = 100000, message = "{project.surveyed.range}")
          int surveyed,
      @Min(value = 0, message = "{project.surveyed.range}") int satisfied,
      @Size(max = 2000, message = "{project.description.size}")
          @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
          String note) {
    UserAccount me = me();
    Project p = maintainable(me, projectId);
    CommitteeAccess.requireVersion(p.getVersion(), expectedVersion);
    if (p.getStatus() != ProjectStatus.COMPLETED) {
      throw new BusinessException("project.notCompleted");
    }
    if (satisfied > surveyed) {
      throw new BusinessException("project.satisfied.tooMany");
    }
    p.accept(surveyed, satisfied, note == null || note.isBlank() ? null : note.strip(), now());
  }

  /** The parts a unit claimed (for its profile). */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public List<PartItem> claimedByUnit(long unitId) {
    return projects.claimed("x.unitId = :who", unitId, access.communityOf(me()));
  }

  /** The parts a member's login claimed (for the member's profile). */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public List<PartItem> claimedByMember(long memberId) {
    Member m = members.find(memberId);
    if (m == null || m.getUserId() == null) {
      return List.of();
    }
    return projects.claimed("x.claimedBy = :who", m.getUserId(), access.communityOf(me()));
  }

  /** Officials of the area, or staff of a unit that claimed a part of it. */
  private void requireWorker(UserAccount me, Project p) {
    if (!Roles.HANDLER.equals(me.getRole())) {
      access.requireMaintainable(me, p.getCommunityId());
      return;
    }
    long mine =
        projects.partsOfUnit(p.getId(), me.getMemberUnitId() == null ? -1L : me.getMemberUnitId());
    if (mine == 0) {
      throw new BusinessException("project.claim.notYourUnit");
    }
  }

  private static void requireOpen(Project p) {
    if (p.getStatus() != ProjectStatus.OPEN) {
      throw new BusinessException("project.notOpen");
    }
  }

  private Project visible(UserAccount me, long projectId) {
    Project p = projects.project(projectId);
    if (p == null || !access.sees(me, p.getCommunityId())) {
      throw new BusinessException("project.notFound");
    }
    return p;
  }

  private Project maintainable(UserAccount me, long projectId) {
    Project p = visible(me, projectId);
    access.requireMaintainable(me, p.getCommunityId());
    return p;
  }

  private ProjectPart part(long partId) {
    ProjectPart part = projects.part(partId);
    if (part == null) {
      throw new BusinessException("project.notFound");
    }
    return part;
  }
}
