package org.casedesk.members;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.accounts.BaseService;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaNode;
import org.casedesk.areas.AreaRepository;
import org.casedesk.cases.CaseRepository;
import org.casedesk.cases.CaseState;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;

/**
 * Member units and members: lists, maintenance by ADMIN and officials (community officials in their
 * community only), leaving with a date, and the cases on their profiles.
 */
@Stateless
public class MemberService extends BaseService {

  @Inject private MemberRepository repository;
  @Inject private UnitRepository unitRepository;
  @Inject private AccountRepository accounts;
  @Inject private AreaRepository areas;
  @Inject private CommitteeAccess access;
  @Inject private CaseRepository cases;

  /** Units the caller may see, active first; {@code withInactive} adds those that left. */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public List<UnitItem> units(boolean withInactive) {
    Long community = access.communityOf(me());
    return unitRepository.items(community, withInactive);
  }

  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public UnitItem unit(long id) {
    UserAccount me = me();
    UnitItem item =
        unitRepository.item(id).orElseThrow(() -> new BusinessException("unit.notFound"));
    access.requireVisible(me, item.communityId(), "unit.notFound");
    return item;
  }

  /** Adds a unit or changes one; returns its id. */
  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public long saveUnit(@NotNull @Valid UnitForm form) {
    UserAccount me = me();
    access.requireMaintainable(me, form.communityId());
    if (form.communityId() != null) {
      requireArea(form.communityId(), AreaKind.COMMUNITY, "member.community.invalid");
    }
    String contact = form.contact() == null ? null : form.contact().strip();
    if (form.id() == null) {
      MemberUnit unit = new MemberUnit(form.name().strip(), form.kind(), form.communityId());
      unit.change(form.name().strip(), form.kind(), form.communityId(), contact);
      unitRepository.add(unit);
      return unit.getId();
    }
    MemberUnit unit = findUnit(form.id());
    access.requireMaintainable(me, unit.getCommunityId());
    CommitteeAccess.requireVersion(unit.getVersion(), form.version());
    unit.change(form.name().strip(), form.kind(), form.communityId(), contact);
    return unit.getId();
  }

  /** A unit leaves the committee on a day; its members, cases and history stay. */
  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public void unitLeaves(
      long id,
      long expectedVersion,
      @NotNull(message = "{committee.leftOn.required}") LocalDate on) {
    UserAccount me = me();
    MemberUnit unit = findUnit(id);
    access.requireMaintainable(me, unit.getCommunityId());
    CommitteeAccess.requireVersion(unit.getVersion(), expectedVersion);
    if (!unit.isActive()) {
      throw new BusinessException("committee.alreadyLeft");
    }
    unit.leave(on);
  }

  /** Members the caller may see; optionally of one unit, and with those who left. */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public List<MemberItem> members(Long unitId, boolean withInactive) {
    Long community = access.communityOf(me());
    return repository.items(community, unitId, withInactive);
  }

  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public MemberItem member(long id) {
    UserAccount me = me();
    MemberItem item =
        repository.item(id).orElseThrow(() -> new BusinessException("member.notFound"));
    access.requireVisible(me, item.communityId(), "member.notFound");
    return item;
  }

  /** Adds a member or changes one; returns its id. */
  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public long saveMember(@NotNull @Valid MemberForm form) {
    UserAccount me = me();
    access.requireMaintainable(me, form.communityId());
    requireArea(form.communityId(), AreaKind.COMMUNITY, "member.community.invalid");
    if (form.gridId() != null) {
      AreaNode grid = requireArea(form.gridId(), AreaKind.GRID, "member.grid.invalid");
      if (!form.communityId().equals(grid.getCommunityId())) {
        throw new BusinessException("member.grid.invalid");
      }
    }
    if (form.unitId() != null) {
      MemberUnit unit = findUnit(form.unitId());
      if (!unit.isActive() || !access.sees(me, unit.getCommunityId())) {
        throw new BusinessException("member.unit.invalid");
      }
    }
    if (form.userId() != null) {
      UserAccount user = accounts.byId(form.userId()).orElse(null);
      if (user == null || !Roles.HANDLER.equals(user.getRole())) {
        throw new BusinessException("member.user.invalid");
      }
    }
    String position = form.position() == null ? null : form.position().strip();
    Member m;
    if (form.id() == null) {
      m = new Member(form.name().strip(), form.unitId(), form.kind(), form.userId());
      m.titled(position, form.joinedOn());
      repository.add(m);
    } else {
      m = findMember(form.id());
      access.requireMaintainable(me, m.getCommunityId());
      CommitteeAccess.requireVersion(m.getVersion(), form.version());
      m.change(form.name().strip(), form.unitId(), form.kind(), position, form.userId());
      m.titled(position, form.joinedOn());
    }
    m.placedIn(form.communityId(), form.gridId());
    repository.flush();
    return m.getId();
  }

  /** A member leaves on a day; pairings, cases, activities and hours stay on the profile. */
  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public void memberLeaves(
      long id,
      long expectedVersion,
      @NotNull(message = "{committee.leftOn.required}") LocalDate on) {
    UserAccount me = me();
    Member m = findMember(id);
    access.requireMaintainable(me, m.getCommunityId());
    CommitteeAccess.requireVersion(m.getVersion(), expectedVersion);
    if (!m.isActive()) {
      throw new BusinessException("committee.alreadyLeft");
    }
    if (m.getJoinedOn() != null && on.isBefore(m.getJoinedOn())) {
      throw new BusinessException("member.leftBeforeJoined");
    }
    m.leave(on);
  }

  /** The cases handled by the member's login: open and closed counts and the latest 20. */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public ProfileCases memberCases(long memberId) {
    MemberItem member = member(memberId);
    if (member.userId() == null) {
      return new ProfileCases(0, 0, List.of());
    }
    return profileCases("c.handlerId = :who", member.userId());
  }

  /** The cases handled by the unit's staff. */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public ProfileCases unitCases(long unitId) {
    unit(unitId);
    return profileCases(
        "c.handlerId in (select a.id from UserAccount a where a.memberUnitId = :who)", unitId);
  }

  private ProfileCases profileCases(String condition, long who) {
    Long community = access.communityOf(me());
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("who", who);
    String scoped = condition;
    if (community != null) {
      scoped += " and c.communityId = :community";
      parameters.put("community", community);
    }
    parameters.put("open", CaseState.open());
    long open = cases.count(scoped + " and c.state in :open", parameters);
    parameters.remove("open");
    parameters.put("done", CaseState.finished());
    long closed = cases.count(scoped + " and c.state in :done", parameters);
    parameters.remove("done");
    return new ProfileCases(
        open, closed, cases.summaries(scoped, parameters, "c.acceptedAt desc, c.id desc", 0, 20));
  }

  private MemberUnit findUnit(long id) {
    MemberUnit unit = unitRepository.find(id);
    if (unit == null) {
      throw new BusinessException("unit.notFound");
    }
    return unit;
  }

  private Member findMember(long id) {
    Member m = repository.find(id);
    if (m == null) {
      throw new BusinessException("member.notFound");
    }
    return m;
  }

  private AreaNode requireArea(long id, AreaKind kind, String key) {
    AreaNode node = areas.find(id);
    if (node == null || node.getKind() != kind) {
      throw new BusinessException(key);
    }
    return node;
  }
}
