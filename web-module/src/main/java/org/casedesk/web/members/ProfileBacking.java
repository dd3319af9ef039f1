package org.casedesk.web.members;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.casedesk.members.MemberItem;
import org.casedesk.members.MemberService;
import org.casedesk.members.ProfileCases;
import org.casedesk.members.UnitItem;
import org.casedesk.pairing.PairingItem;
import org.casedesk.pairing.PairingService;
import org.casedesk.projects.PartItem;
import org.casedesk.projects.ProjectService;
import org.casedesk.volunteer.VolunteerService;
import org.casedesk.volunteer.VolunteerTotals;
import org.casedesk.web.shared.Messages;

/** The profile pages of a member and of a unit: what they did, open and closed. */
@Named
@RequestScoped
public class ProfileBacking {

  @Inject private MemberService members;
  @Inject private PairingService pairings;
  @Inject private ProjectService projects;
  @Inject private VolunteerService volunteer;

  private Long id;
  private MemberItem member;
  private UnitItem unit;
  private List<MemberItem> unitMembers;
  private ProfileCases cases;
  private List<PairingItem> pairingList;
  private List<PartItem> claims;
  private VolunteerTotals volunteering;

  public void loadMember() {
    if (id == null
        || !Messages.attempt(
            () -> {
              member = members.member(id);
              cases = members.memberCases(id);
              pairingList = pairings.ofMember(id);
              claims = projects.claimedByMember(id);
              volunteering = volunteer.memberTotals(id);
            })) {
      member = null;
    }
  }

  public void loadUnit() {
    if (id == null
        || !Messages.attempt(
            () -> {
              unit = members.unit(id);
              unitMembers = members.members(id, true);
              cases = members.unitCases(id);
              pairingList = pairings.ofUnit(id);
              claims = projects.claimedByUnit(id);
              volunteering = volunteer.unitTotals(id);
            })) {
      unit = null;
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public MemberItem getMember() {
    return member;
  }

  public UnitItem getUnit() {
    return unit;
  }

  public List<MemberItem> getUnitMembers() {
    return unitMembers;
  }

  public ProfileCases getCases() {
    return cases;
  }

  public List<PartItem> getClaims() {
    return claims;
  }

  public VolunteerTotals getVolunteering() {
    return volunteering;
  }

  public List<PairingItem> getPairings() {
    return pairingList;
  }
}
