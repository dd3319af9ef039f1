package org.casedesk.volunteer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.casedesk.accounts.BaseService;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaNode;
import org.casedesk.areas.AreaRepository;
import org.casedesk.audit.AuditAction;
import org.casedesk.audit.AuditRepository;
import org.casedesk.members.CommitteeAccess;
import org.casedesk.members.Member;
import org.casedesk.members.MemberRepository;
import org.casedesk.members.MemberUnit;
import org.casedesk.members.UnitRepository;
import org.casedesk.pairing.Candidate;
import org.casedesk.pairing.ResidentSearch;
import org.casedesk.residents.Resident;
import org.casedesk.residents.ResidentRepository;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Jpql;
import org.casedesk.shared.Masking;
import org.casedesk.shared.Roles;

/**
 * 志愿服务 and unit services: officials and ADMIN record activities and services of their area, a
 * handler those of the member unit they work for; everyone on the committee screens sees those of
 * their community. Participants who are residents appear masked and their views are audited.
 */
@Stateless
public class VolunteerService extends BaseService {

  private static final int LATEST = 5;

  @Inject private VolunteerRepository volunteers;
  @Inject private MemberRepository members;
  @Inject private UnitRepository units;
  @Inject private ResidentRepository residents;
  @Inject private AreaRepository areas;
  @Inject private CommitteeAccess access;
  @Inject private AuditRepository audit;
  @Inject private ResidentSearch search;

  /** Activities of the caller's area, newest first, with their participants. */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public List<ActivityItem> activities() {
    return withPeople(
        me(), volunteers.activities(Jpql.everyRow("a"), null, access.communityOf(me()), 200));
  }

  /** Services of the caller's area, newest first. */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public List<ServiceItem> services() {
    Long community = access.communityOf(me());
    return volunteers.services(community, 200);
  }

  /**
   * Residents of the caller's area whose name starts with the query (participants and recipients):
   * names and addresses only; each one shown is audited.
   */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public List<Candidate> residents(String query) {
    return search.find(me(), query, false, "volunteer search");
  }

  /** Records an activity with its participants; any bad participant saves nothing. */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public long createActivity(@NotNull @Valid NewActivity input) {
    UserAccount me = me();
    Long organiser = recorder(me, input.communityId(), input.gridId(), input.organiserUnitId());
    requireNotFuture(input.heldAt());
    Set<String> seen = new HashSet<>();
    for (NewParticipant p : input.participants()) {
      String name = p.name() == null || p.name().isBlank() ? null : p.name().strip();
      int given =
          (p.memberId() == null ? 0 : 1)
              + (p.residentId() == null ? 0 : 1)
              + (name == null ? 0 : 1);
      if (given != 1) {
        throw new BusinessException("volunteer.participant.who");
      }
      if (p.memberId() != null) {
        Member m = access.activeMember(me, p.memberId());
        if (m.getCommunityId() != null && !m.getCommunityId().equals(input.communityId())) {
          throw new BusinessException("pairing.member.invalid");
        }
      } else if (p.residentId() != null) {
        requireResident(input.communityId(), p.residentId());
      }
      String key =
          p.memberId() != null
              ? "m" + p.memberId()
              : p.residentId() != null ? "r" + p.residentId() : "n" + name;
      if (!seen.add(key)) {
        throw new BusinessException("volunteer.participant.duplicate");
      }
    }
    VolunteerActivity a =
        new VolunteerActivity(
            input.communityId(),
            input.gridId(),
            input.type(),
            input.title().strip(),
            input.heldAt(),
            input.place() == null || input.place().isBlank() ? null : input.place().strip(),
            organiser,
            me.getId(),
            now());
    volunteers.add(a);
    for (NewParticipant p : input.participants()) {
      String name = p.name() == null || p.name().isBlank() ? null : p.name().strip();
      volunteers.add(
          new ActivityParticipant(a.getId(), p.memberId(), p.residentId(), name, p.hours()));
    }
    return a.getId();
  }

  /** Records a unit's service with the residents who received it. */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public long createService(@NotNull @Valid NewUnitService input) {
    UserAccount me = me();
    Long unit = recorder(me, input.communityId(), input.gridId(), input.unitId());
    requireNotFuture(input.servedOn().atStartOfDay());
    if (new HashSet<>(input.residentIds()).size() != input.residentIds().size()) {
      throw new BusinessException("volunteer.participant.duplicate");
    }
    input.residentIds().forEach(r -> requireResident(input.communityId(), r));
    UnitServiceRecord s =
        new UnitServiceRecord(
            input.communityId(),
            input.gridId(),
            unit,
            input.type(),
            input.title().strip(),
            input.servedOn(),
            me.getId(),
            now());
    volunteers.add(s);
    input.residentIds().forEach(r -> volunteers.add(new ServiceRecipient(s.getId(), r)));
    return s.getId();
  }

  /** A member's hours and activities, with the latest ones (within the caller's area). */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public VolunteerTotals memberTotals(long memberId) {
    UserAccount me = me();
    Member m = members.find(memberId);
    if (m == null) {
      throw new BusinessException("member.notFound");
    }
    access.requireVisible(me, m.getCommunityId(), "member.notFound");
    return totals(me, "x.memberId = :who", null, memberId);
  }

  /**
   * A unit's totals: the hours of participants who are its members, its services and the residents
   * they reached, with the latest activities it organised or its members joined.
   */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public VolunteerTotals unitTotals(long unitId) {
    UserAccount me = me();
    MemberUnit u = units.find(unitId);
    if (u == null) {
      throw new BusinessException("unit.notFound");
    }
    access.requireVisible(me, u.getCommunityId(), "unit.notFound");
    return totals(
        me,
        "x.memberId in (select m.id from CommitteeMember m where m.unitId = :who)",
        "a.organiserUnitId = :who",
        unitId);
  }

  private VolunteerTotals totals(UserAccount me, String participation, String organised, long who) {
    Long community = access.communityOf(me);
    String scope = community == null ? "" : " and a.communityId = " + community;
    Object[] hours = volunteers.hoursAndActivities(participation + scope, who);
    long services = 0;
    long recipients = 0;
    if (organised != null) {
      services = volunteers.servicesOfUnit(who, community);
      recipients = volunteers.recipientsOfUnit(who, community);
    }
    String took =
        "exists (select x from ActivityParticipant x where x.activityId = a.id and "
            + participation
            + ")";
    List<ActivityItem> latest =
        volunteers.activities(
            (organised == null ? took : "(" + took + " or " + organised + ")") + scope,
            who,
            community,
            LATEST);
    return new VolunteerTotals(
        hours[0] == null ? BigDecimal.ZERO : (BigDecimal) hours[0],
        hours[1] == null ? 0 : ((Number) hours[1]).longValue(),
        services,
        recipients,
        latest);
  }

  /** Adds the participants' names, residents masked; each resident shown is audited. */
  private List<ActivityItem> withPeople(UserAccount me, List<ActivityItem> items) {
    if (items.isEmpty()) {
      return items;
    }
    List<Object[]> rows = volunteers.participants(items.stream().map(ActivityItem::id).toList());
    Map<Long, String> people = new HashMap<>();
    Set<Long> audited = new LinkedHashSet<>();
    for (Object[] row : rows) {
      String name =
          row[1] != null
              ? (String) row[1]
              : row[3] != null ? Masking.name((String) row[3]) : (String) row[4];
      if (row[2] != null) {
        audited.add((Long) row[2]);
      }
      people.merge(
          (Long) row[0],
          name + " " + ((BigDecimal) row[5]).stripTrailingZeros().toPlainString() + "h",
          (a, b) -> a + "、" + b);
    }
    audited.forEach(
        r -> audit.record(me.getId(), AuditAction.VIEW_RESIDENT, null, r, "volunteer, masked"));
    return items.stream()
        .map(i -> i.withPeople(people.getOrDefault(i.id(), "")))
        .collect(Collectors.toList());
  }

  /**
   * Checks the area and who may record there; returns the unit (organiser or giver): a handler's
   * own unit, or for officials the one they chose (may be null for activities).
   */
  private Long recorder(UserAccount me, Long communityId, Long gridId, Long unitId) {
    Long unit = unitId;
    if (Roles.HANDLER.equals(me.getRole())) {
      if (me.getMemberUnitId() == null
          || (unitId != null && !unitId.equals(me.getMemberUnitId()))) {
        throw new BusinessException("volunteer.notYourUnit");
      }
      unit = me.getMemberUnitId();
      access.requireVisible(me, communityId, "committee.notYourCommunity");
    } else {
      access.requireMaintainable(me, communityId);
    }
    access.requireArea(communityId, gridId);
    if (unit != null) {
      MemberUnit u = units.find(unit);
      if (u == null
          || !u.isActive()
          || (u.getCommunityId() != null && !u.getCommunityId().equals(communityId))) {
        throw new BusinessException("volunteer.unit.invalid");
      }
    }
    return unit;
  }

  private void requireResident(Long communityId, Long residentId) {
    Resident r = residents.find(residentId);
    AreaNode flat = r == null || r.getFlatId() == null ? null : areas.find(r.getFlatId());
    if (flat == null || !communityId.equals(flat.getCommunityId())) {
      throw new BusinessException("volunteer.resident.invalid");
    }
  }

  private void requireNotFuture(LocalDateTime at) {
    if (at.isAfter(now().plusDays(1))) {
      throw new BusinessException("volunteer.date.future");
    }
  }
}
