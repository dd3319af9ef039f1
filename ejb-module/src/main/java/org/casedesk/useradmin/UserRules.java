package org.casedesk.useradmin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaNode;
import org.casedesk.areas.AreaRepository;
import org.casedesk.members.CommitteeAccess;
import org.casedesk.members.Member;
import org.casedesk.members.MemberUnit;
import org.casedesk.members.UnitRepository;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;

/**
 * What a user administrator may set and see, for {@link UserAdminService}: the role and area rules
 * of a user form, a sheet row resolved to a form, the committee member a handler is linked to, and
 * which users the caller manages. Joins the service's transaction.
 */
@ApplicationScoped
class UserRules {

  @Inject private UserAdminRepository repository;
  @Inject private AccountRepository accounts;
  @Inject private CommitteeAccess areas;
  @Inject private AreaRepository areaNodes;
  @Inject private UnitRepository units;

  /** A sheet row as a form: names resolved (an unknown name is an error of its own). */
  UserForm form(UserAccount me, UserImportRow cells) {
    if (cells == null) {
      throw new BusinessException("user.import.emptyRow");
    }
    Long community = areaNodes.idByName(AreaKind.COMMUNITY, cells.community(), null);
    if (community == null && !blank(cells.community())) {
      throw new BusinessException("user.import.community");
    }
    if (community == null && !isAdmin(me)) {
      community = me.getCommunityId();
    }
    Long grid = areaNodes.idByName(AreaKind.GRID, cells.grid(), community);
    if (grid == null && !blank(cells.grid())) {
      throw new BusinessException("user.import.grid");
    }
    Long unit = units.activeIdByName(cells.unit());
    if (unit == null && !blank(cells.unit())) {
      throw new BusinessException("user.import.unit");
    }
    String role = blank(cells.role()) ? null : cells.role().strip().toUpperCase(Locale.ROOT);
    return new UserForm(
        null,
        0,
        blank(cells.username()) ? null : cells.username().strip(),
        cells.displayName(),
        role,
        Roles.HANDLER.equals(role) || Roles.COMMUNITY_OFFICIAL.equals(role) ? community : null,
        grid,
        unit,
        null);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /**
   * Checks the role and its area and gives the user's community: handlers work in a grid (the
   * community is the grid's) or for a member unit (then in the unit's community, or the one given),
   * community officials in a community; the others cover the whole sub-district and have no area. A
   * community official gives only the handler role, in their own community.
   */
  Long communityOf(UserAccount me, UserForm form) {
    if (!List.of(Roles.ALL).contains(form.role())) {
      throw new BusinessException("user.role.invalid");
    }
    if (!isAdmin(me) && !Roles.HANDLER.equals(form.role())) {
      throw new BusinessException("user.role.notYours");
    }
    Long community = form.communityId();
    switch (form.role()) {
      case Roles.HANDLER -> {
        if (form.gridId() == null && form.memberUnitId() == null) {
          throw new BusinessException("user.handler.area");
        }
        if (form.gridId() != null) {
          AreaNode grid = areaNodes.find(form.gridId());
          if (grid == null || grid.getKind() != AreaKind.GRID) {
            throw new BusinessException("member.grid.invalid");
          }
          community = grid.getCommunityId();
        }
        if (form.memberUnitId() != null) {
          MemberUnit unit = units.find(form.memberUnitId());
          if (unit == null
              || !unit.isActive()
              || (unit.getCommunityId() != null
                  && community != null
                  && !unit.getCommunityId().equals(community))) {
            throw new BusinessException("member.unit.invalid");
          }
          if (community == null) {
            community = unit.getCommunityId();
          }
        }
        if (community == null) {
          throw new BusinessException("member.community.invalid");
        }
        areas.requireArea(community, form.gridId());
      }
      case Roles.COMMUNITY_OFFICIAL -> {
        if (form.gridId() != null || form.memberUnitId() != null) {
          throw new BusinessException("user.area.notForRole");
        }
        areas.requireArea(community, null);
      }
      default -> {
        if (community != null || form.gridId() != null || form.memberUnitId() != null) {
          throw new BusinessException("user.area.notForRole");
        }
      }
    }
    if (!isAdmin(me) && !Objects.equals(community, me.getCommunityId())) {
      throw new BusinessException("user.notYourCommunity");
    }
    return community;
  }

  /**
   * Links the user, a handler, to a committee member of their community (or unlinks every member),
   * as the member screen does.
   */
  void link(UserAccount me, UserAccount user, Long memberId) {
    Member member = null;
    if (memberId != null) {
      member = repository.member(memberId);
      if (member == null
          || !Roles.HANDLER.equals(user.getRole())
          || !member.isActive()
          || (member.getUserId() != null && !member.getUserId().equals(user.getId()))
          || (member.getCommunityId() != null
              && !member.getCommunityId().equals(user.getCommunityId()))
          || !areas.sees(me, member.getCommunityId())) {
        throw new BusinessException("user.member.invalid");
      }
    }
    for (Member linked : repository.membersLinkedTo(user.getId())) {
      if (member == null || !linked.getId().equals(member.getId())) {
        linked.linkTo(null);
      }
    }
    if (member != null) {
      member.linkTo(user.getId());
    }
  }

  /** A user the caller manages; any other looks like a missing one. */
  UserAccount managed(UserAccount me, long id) {
    UserAccount user = accounts.byId(id).orElse(null);
    if (user == null
        || (!isAdmin(me)
            && (!Roles.HANDLER.equals(user.getRole())
                || !Objects.equals(user.getCommunityId(), me.getCommunityId())))) {
      throw new BusinessException("user.notFound");
    }
    return user;
  }

  static boolean isAdmin(UserAccount me) {
    return Roles.ADMIN.equals(me.getRole());
  }
}
