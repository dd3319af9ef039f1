package org.casedesk.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.casedesk.accounts.BaseService;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaNode;
import org.casedesk.areas.AreaRepository;
import org.casedesk.residents.NewResident;
import org.casedesk.residents.Resident;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;

/**
 * 受理 at the help desk: a single entry, the suggestion-box batch, the likely duplicates of an entry
 * and 合并 of a repeated request into its open case. One public method = one transaction.
 */
@Stateless
@RolesAllowed(Roles.HELPDESK)
public class IntakeService extends BaseService {

  /** How far back the entry screen looks for likely duplicates. */
  public static final int DUPLICATE_DAYS = 30;

  /** The most slips one batch entry saves. */
  public static final int MAX_BATCH = 50;

  @Inject private CaseRepository cases;
  @Inject private Validator validator;
  @Inject private CaseIntake intake;
  @Inject private AreaRepository areas;

  /** 受理: registers a case and dispatches it to the handler of the address's grid. */
  public long register(@NotNull @Valid RegisterCase input) {
    return intake.registerOne(input, me(), now());
  }

  /**
   * 意见箱批量登记: the slips of the suggestion box at the party-building station (党建驿站), entered in one
   * sitting, saved with channel SUGGESTION_BOX and dispatched like single cases. All or nothing: if
   * any row is wrong, {@link BatchRejectedException} names every wrong row and nothing is saved.
   */
  public List<Long> registerBatch(
      @NotNull @Size(min = 1, max = MAX_BATCH, message = "{batch.size}") List<RegisterCase> slips) {
    UserAccount me = me();
    LocalDateTime now = now();
    Map<Integer, List<String>> errors = new TreeMap<>();
    List<Long> ids = new ArrayList<>();
    for (int row = 0; row < slips.size(); row++) {
      RegisterCase slip = slips.get(row);
      if (slip == null) {
        errors.put(row, List.of("{case.description.required}"));
        continue;
      }
      RegisterCase boxed = slip.fromSuggestionBox();
      Set<ConstraintViolation<?>> violations = new HashSet<>(validator.validate(boxed));
      if (boxed.residentId() == null
          && boxed.newResident() != null
          && boxed.newResident().name() != null
          && !boxed.newResident().name().isBlank()) {
        // the resident would be checked only when written, after rows already saved: check first
        violations.addAll(
            validator.validate(
                new Resident(
                    boxed.newResident().name().strip(),
                    CaseIntake.blankToEmpty(boxed.newResident().phone()),
                    CaseIntake.blankToEmpty(boxed.newResident().idNumber()),
                    null)));
      }
      List<String> problems =
          violations.stream()
              .map(ConstraintViolation::getMessageTemplate)
              .distinct()
              .sorted()
              .toList();
      if (!problems.isEmpty()) {
        errors.put(row, problems);
        continue;
      }
      try {
        ids.add(intake.registerOne(boxed, me, now));
      } catch (BusinessException e) {
        errors.put(row, List.of(e.getMessageKey()));
      }
    }
    if (!errors.isEmpty()) {
      throw new BatchRejectedException(errors);
    }
    return ids;
  }

  /**
   * Likely duplicates of a case being entered: the same category at the same place within the last
   * {@value #DUPLICATE_DAYS} days, still open or closed within that time, newest first. The place
   * is the courtyard for a location in one (a neighbour's call about the same burst pipe can be
   * merged), else the node itself (a grid, a public place).
   */
  public List<CaseSummary> likelyDuplicates(long locationId, long categoryId) {
    AreaNode location = areas.find(locationId);
    if (location == null || !location.getKind().isLocation()) {
      return List.of();
    }
    return cases.likelyDuplicates(location, categoryId, DUPLICATE_DAYS);
  }

  /** The number of a case just registered, for the next entry's "saved" note. */
  public String caseNo(long caseId) {
    WorkCase c = cases.find(caseId);
    return c == null ? "" : c.getCaseNo();
  }

  /** How many of a resident's earlier cases the entry screen shows. */
  public static final int EARLIER_CASES = 5;

  /** The resident's latest cases (as caller of record), newest first, shown while registering. */
  public List<CaseSummary> earlierCases(long residentId) {
    return cases.summaries(
        "c.residentId = :resident",
        Map.of("resident", residentId),
        "c.acceptedAt desc, c.id desc",
        0,
        EARLIER_CASES);
  }

  /**
   * 合并: the request being entered repeats an open case, so its caller is attached to that case
   * instead of opening a new one; they get a follow-up of their own once it is resolved. Same place
   * (as for {@link #likelyDuplicates}) and category only. One history row on the open case; the
   * case's version moves, so a concurrent action on it gets the usual conflict.
   */
  public long mergeInto(long openCaseId, @NotNull @Valid RegisterCase input) {
    UserAccount me = me();
    WorkCase c = cases.lockCurrent(openCaseId, me);
    if (!c.getState().isOpen()) {
      throw new BusinessException("case.merge.notOpen");
    }
    AreaNode location = intake.locationOf(input);
    AreaNode caseLocation = areas.find(c.getLocationId());
    if (!c.getCategoryId().equals(input.categoryId()) || !samePlace(caseLocation, location)) {
      throw new BusinessException("case.merge.notDuplicate");
    }
    if (alreadyCalled(c, input)) {
      throw new BusinessException("case.merge.alreadyCaller");
    }
    Long residentId = intake.residentFor(input, location);
    CaseCaller caller =
        new CaseCaller(
            c.getId(),
            residentId,
            input.anonymous(),
            input.channel(),
            input.description().strip(),
            me.getId(),
            now());
    cases.addCaller(caller);
    cases.acted(c, me, CaseAction.CALLER_MERGED, input.description().strip());
    return caller.getId();
  }

  /** The same courtyard, or the same node for locations outside courtyards. */
  private boolean samePlace(AreaNode a, AreaNode b) {
    return areas.courtyardOf(a).orElse(a).getId().equals(areas.courtyardOf(b).orElse(b).getId());
  }

  /** Whether the caller (a known resident, or a new one by name and phone) already called. */
  private boolean alreadyCalled(WorkCase c, RegisterCase input) {
    NewResident named = input.newResident();
    if (input.residentId() == null && (named == null || named.name() == null)) {
      return false; // anonymous callers cannot be told apart
    }
    return cases.alreadyCalled(
        c,
        input.residentId(),
        named == null ? "" : named.name().strip(),
        named == null ? "" : CaseIntake.blankToEmpty(named.phone()));
  }
}
