package org.casedesk.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaNode;
import org.casedesk.areas.AreaRepository;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;

/**
 * Who may see and maintain committee records (members, units, pairings, projects …): ADMIN and
 * sub-district officials everything, community officials and handlers their own community; only
 * officials and ADMIN maintain. Joins the caller's transaction.
 */
@ApplicationScoped
public class CommitteeAccess {

  @Inject private AccountRepository accounts;
  @Inject private MemberRepository members;
  @Inject private AreaRepository areas;

  public UserAccount caller(Principal principal) {
    return accounts.caller(principal);
  }

  /** The community the caller is limited to, or {@code null} for the whole sub-district. */
  public Long communityOf(UserAccount me) {
    return isCommunityBound(me) ? me.getCommunityId() : null;
  }

  /** Whether the caller may see a record of this community ({@code null}: sub-district wide). */
  public boolean sees(UserAccount me, Long communityId) {
    return !isCommunityBound(me) || communityId == null || communityId.equals(me.getCommunityId());
  }

  /** Refuses a record outside the caller's community; it looks like a missing one. */
  public void requireVisible(UserAccount me, Long communityId, String notFoundKey) {
    if (!sees(me, communityId)) {
      throw new BusinessException(notFoundKey);
    }
  }

  /**
   * Refuses maintenance of a record of another community; community officials cannot maintain
   * sub-district-wide records.
   */
  public void requireMaintainable(UserAccount me, Long communityId) {
    if (Roles.HANDLER.equals(me.getRole()) || Roles.HELPDESK.equals(me.getRole())) {
      throw new BusinessException("committee.notYours");
    }
    if (isCommunityBound(me) && (communityId == null || !communityId.equals(me.getCommunityId()))) {
      throw new BusinessException("committee.notYourCommunity");
    }
  }

  /**
   * An active member the caller may see (to invite, name as owner or mediator), or {@code
   * pairing.member.invalid}.
   */
  public Member activeMember(UserAccount me, Long memberId) {
    Member member = memberId == null ? null : members.find(memberId);
    if (member == null || !member.isActive() || !sees(me, member.getCommunityId())) {
      throw new BusinessException("pairing.member.invalid");
    }
    return member;
  }

  /**
   * Refuses a community that is none ({@code member.community.invalid}) or a grid outside it
   * ({@code member.grid.invalid}).
   */
  public void requireArea(Long communityId, Long gridId) {
    AreaNode community = communityId == null ? null : areas.find(communityId);
    if (community == null || community.getKind() != AreaKind.COMMUNITY) {
      throw new BusinessException("member.community.invalid");
    }
    if (gridId != null) {
      AreaNode grid = areas.find(gridId);
      if (grid == null
          || grid.getKind() != AreaKind.GRID
          || !communityId.equals(grid.getCommunityId())) {
        throw new BusinessException("member.grid.invalid");
      }
    }
  }

  /** A version check for optimistic locking of edits made from a form. */
  public static void requireVersion(long current, long expected) {
    if (current != expected) {
      throw new BusinessException("committee.conflict");
    }
  }

  private static boolean isCommunityBound(UserAccount me) {
    return Roles.COMMUNITY_OFFICIAL.equals(me.getRole()) || Roles.HANDLER.equals(me.getRole());
  }
}
