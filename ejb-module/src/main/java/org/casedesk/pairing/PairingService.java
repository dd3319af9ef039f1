package org.casedesk.pairing;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casedesk.accounts.BaseService;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaNode;
import org.casedesk.areas.AreaRepository;
import org.casedesk.audit.AuditAction;
import org.casedesk.audit.AuditRepository;
import org.casedesk.cases.CaseIntake;
import org.casedesk.cases.RegisterCase;
import org.casedesk.categories.Channel;
import org.casedesk.members.CommitteeAccess;
import org.casedesk.members.Member;
import org.casedesk.residents.Resident;
import org.casedesk.residents.ResidentRepository;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Jpql;
import org.casedesk.shared.Masking;
import org.casedesk.shared.Roles;

/**
 * 结对帮扶: officials and ADMIN pair members with vulnerable residents; the paired member, the grid's
 * handlers and the officials log visits; a need raised in a visit becomes a case in one step.
 * Pairings past the cadence of their group are flagged per grid.
 */
@Stateless
public class PairingService extends BaseService {

  @Inject private PairingRepository pairings;
  @Inject private ResidentRepository residents;
  @Inject private AreaRepository areas;
  @Inject private CommitteeAccess access;
  @Inject private AuditRepository audit;
  @Inject private ResidentSearch search;
  @Inject private CaseIntake intake;

  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public List<CadenceItem> cadences() {
    return pairings.cadences();
  }

  /** Sets (or adds) the visit cadence of a vulnerable group; applies to every pairing at once. */
  @RolesAllowed({Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public void setCadence(
      @NotBlank(message = "{pairing.tag.required}")
          @Size(max = 30, message = "{cadence.tag.size}")
          @Pattern(regexp = "[^\\p{Cntrl},]*", message = "{text.control}")
          String tag,
      @Min(value = 1, message = "{cadence.days.range}")
          @Max(value = 365, message = "{cadence.days.range}")
          int days) {
    VisitCadence cadence = pairings.cadence(tag.strip());
    if (cadence == null) {
      pairings.add(new VisitCadence(tag.strip(), days));
    } else {
      cadence.setDays(days);
    }
  }

  /**
   * The pairings the caller may see (officials their area, handlers their grid's and their own),
   * optionally of one grid and only overdue ones; overdue first, then by next visit due.
   */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public List<PairingItem> pairings(Long gridId, boolean overdueOnly) {
    UserAccount me = me();
    Map<String, Object> parameters = new LinkedHashMap<>();
    String condition = scope(me, parameters);
    if (gridId != null) {
      condition += " and p.gridId = :grid";
      parameters.put("grid", gridId);
    }
    List<PairingItem> items =
        pairings.items(today(), condition + " and p.endedOn is null", parameters).stream()
            .filter(p -> !overdueOnly || p.overdue())
            .sorted(
                (a, b) ->
                    a.overdue() != b.overdue()
                        ? (a.overdue() ? -1 : 1)
                        : a.nextDueOn().compareTo(b.nextDueOn()))
            .toList();
    items.forEach(
        p -> audit.record(me.getId(), AuditAction.VIEW_RESIDENT, null, p.residentId(), "pairing"));
    return items;
  }

  /** The pairings of one member (for the profile), ended ones included. */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public List<PairingItem> ofMember(long memberId) {
    return ofMembers("p.memberId = :who", memberId);
  }

  /** The pairings of a unit's members (for the unit's profile). */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public List<PairingItem> ofUnit(long unitId) {
    return ofMembers(
        "p.memberId in (select m2.id from CommitteeMember m2 where m2.unitId = :who)", unitId);
  }

  private List<PairingItem> ofMembers(String condition, long who) {
    UserAccount me = me();
    Map<String, Object> parameters = new LinkedHashMap<>();
    String scoped = scope(me, parameters) + " and " + condition;
    parameters.put("who", who);
    List<PairingItem> items = pairings.items(today(), scoped, parameters);
    items.forEach(
        p -> audit.record(me.getId(), AuditAction.VIEW_RESIDENT, null, p.residentId(), "pairing"));
    return items;
  }

  /** Per grid in the caller's area: active pairings and how many are past their cadence. */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public List<GridFlag> flagsByGrid() {
    UserAccount me = me();
    Map<String, Object> parameters = new LinkedHashMap<>();
    String condition = scope(me, parameters) + " and p.endedOn is null";
    Map<Long, long[]> counts = new LinkedHashMap<>();
    Map<Long, String> names = new LinkedHashMap<>();
    for (PairingItem p : pairings.items(today(), condition, parameters)) {
      names.put(p.gridId(), p.grid());
      long[] c = counts.computeIfAbsent(p.gridId(), k -> new long[2]);
      c[0]++;
      if (p.overdue()) {
        c[1]++;
      }
    }
    return counts.entrySet().stream()
        .map(e -> new GridFlag(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
        .sorted((a, b) -> a.grid().compareTo(b.grid()))
        .toList();
  }

  /** One pairing with its visits; the resident's phone masked, the view audited. */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public PairingDetail detail(long pairingId) {
    UserAccount me = me();
    PairingItem item = visibleItem(me, pairingId);
    Resident resident = residents.find(item.residentId());
    List<VisitItem> visits = pairings.visits(pairingId);
    audit.record(me.getId(), AuditAction.VIEW_RESIDENT, null, resident.getId(), "pairing, masked");
    return new PairingDetail(item, Masking.phone(resident.getPhone()), visits);
  }

  /**
   * Vulnerable residents (with at least one tag) of the caller's area whose name starts with the
   * query, for pairing. Names and addresses only.
   */
  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public List<Candidate> candidates(String query) {
    return search.find(me(), query, true, "pairing search");
  }

  /** Pairs an active member with a resident of one of the resident's vulnerable groups. */
  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public long pair(@NotNull @Valid NewPairing input) {
    UserAccount me = me();
    Member member = access.activeMember(me, input.memberId());
    Resident resident = residents.find(input.residentId());
    if (resident == null || resident.getFlatId() == null) {
      throw new BusinessException("pairing.resident.invalid");
    }
    AreaNode flat = areas.find(resident.getFlatId());
    access.requireMaintainable(me, flat.getCommunityId());
    String tag = input.tag().strip();
    if (resident.getTags() == null
        || Arrays.stream(resident.getTags().split("[,，]"))
            .map(String::strip)
            .noneMatch(tag::equals)) {
      throw new BusinessException("pairing.tag.notResidents", tag);
    }
    if (pairings.cadence(tag) == null) {
      throw new BusinessException("pairing.tag.noCadence", tag);
    }
    if (pairings.activeCount(member.getId(), resident.getId()) > 0) {
      throw new BusinessException("pairing.duplicate");
    }
    Pairing p =
        new Pairing(
            member.getId(),
            resident.getId(),
            tag,
            flat.getCommunityId(),
            flat.getGridId(),
            input.startedOn(),
            me.getId(),
            now());
    pairings.add(p);
    return p.getId();
  }

  /** Ends a pairing on a day; its visits stay. */
  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public void end(
      long pairingId,
      long expectedVersion,
      @NotNull(message = "{committee.leftOn.required}") LocalDate on) {
    UserAccount me = me();
    Pairing p = find(pairingId);
    access.requireMaintainable(me, p.getCommunityId());
    CommitteeAccess.requireVersion(p.getVersion(), expectedVersion);
    if (p.getEndedOn() != null) {
      throw new BusinessException("committee.alreadyLeft");
    }
    if (on.isBefore(p.getStartedOn())) {
      throw new BusinessException("pairing.endBeforeStart");
    }
    p.end(on);
  }

  /**
   * Logs a visit. On time means within the cadence of the resident's group, counted from the
   * previous visit (or the start). The paired member's own login, the grid's handlers and the
   * area's officials may log one.
   */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public long logVisit(long pairingId, long expectedVersion, @NotNull @Valid NewVisit visit) {
    UserAccount me = me();
    visibleItem(me, pairingId);
    Pairing p = find(pairingId);
    CommitteeAccess.requireVersion(p.getVersion(), expectedVersion);
    if (p.getEndedOn() != null) {
      throw new BusinessException("pairing.isEnded");
    }
    if (visit.visitedOn().isBefore(p.getStartedOn())) {
      throw new BusinessException("visit.beforeStart");
    }
    int days = pairings.cadence(p.getTag()).getDays();
    LocalDate previous = pairings.lastVisitOnOrBefore(p.getId(), visit.visitedOn());
    LocalDate from = previous == null ? p.getStartedOn() : previous;
    boolean onTime = !visit.visitedOn().isAfter(from.plusDays(days));
    PairingVisit v =
        new PairingVisit(
            p, visit.visitedOn(), visit.form(), visit.notes().strip(), onTime, me.getId(), now());
    p.visited(visit.visitedOn());
    pairings.add(v);
    return v.getId();
  }

  /**
   * "Raise a case from this visit": registers a case (channel 走访/入户) for the paired resident at the
   * resident's flat, dispatched by the routing rules like any other, and links it to the visit.
   */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public long raiseCase(
      long visitId,
      @NotNull(message = "{case.category.required}") Long categoryId,
      @NotBlank(message = "{case.description.required}")
          @Size(max = 2000, message = "{case.description.size}")
          @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
          String description) {
    UserAccount me = me();
    PairingVisit v = pairings.visit(visitId);
    if (v == null) {
      throw new BusinessException("visit.notFound");
    }
    visibleItem(me, v.getPairingId());
    if (v.getCaseId() != null) {
      throw new BusinessException("visit.caseAlready");
    }
    Pairing p = find(v.getPairingId());
    Resident resident = residents.find(p.getResidentId());
    long caseId =
        intake.register(
            new RegisterCase(
                resident.getId(),
                null,
                resident.getFlatId(),
                categoryId,
                Channel.HOME_VISIT,
                description.strip(),
                false),
            me);
    v.raised(caseId);
    return caseId;
  }

  private PairingItem visibleItem(UserAccount me, long pairingId) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String condition = scope(me, parameters) + " and p.id = :id";
    parameters.put("id", pairingId);
    return pairings.items(today(), condition, parameters).stream()
        .findFirst()
        .orElseThrow(() -> new BusinessException("pairing.notFound"));
  }

  /** Officials: their area; handlers: their grid's pairings and those they are the member of. */
  private String scope(UserAccount me, Map<String, Object> parameters) {
    if (Roles.HANDLER.equals(me.getRole())) {
      parameters.put("me", me.getId());
      parameters.put("myGrid", me.getGridId() == null ? -1L : me.getGridId());
      return "(p.gridId = :myGrid or m.userId = :me)";
    }
    Long community = access.communityOf(me);
    if (community == null) {
      return Jpql.everyRow("p");
    }
    parameters.put("community", community);
    return "p.communityId = :community";
  }

  private LocalDate today() {
    return now().toLocalDate();
  }

  private Pairing find(long id) {
    Pairing p = pairings.pairing(id);
    if (p == null) {
      throw new BusinessException("pairing.notFound");
    }
    return p;
  }
}
