package org.casedesk.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.accounts.BaseService;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaNode;
import org.casedesk.areas.AreaTree;
import org.casedesk.audit.AuditAction;
import org.casedesk.audit.AuditRepository;
import org.casedesk.calendar.CalendarRepository;
import org.casedesk.residents.NewResident;
import org.casedesk.residents.Resident;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.LocalizedName;
import org.casedesk.shared.Masking;
import org.casedesk.shared.Roles;

/** The use cases of a work order. One public method = one transaction. */
@Stateless
public class CaseService extends BaseService {

  /** Working days after dispatch in which a handler may still return a case (DOMAIN.md). */
  public static final int RETURN_WINDOW_DAYS = 2;

  /** How far back the entry screen looks for likely duplicates. */
  public static final int DUPLICATE_DAYS = 30;

  /** The most slips one batch entry saves. */
  public static final int MAX_BATCH = 50;

  private static final DateTimeFormatter VISIT_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @PersistenceContext private EntityManager em;
  @Inject private AccountRepository accounts;
  @Inject private CaseRepository cases;
  @Inject private AuditRepository audit;
  @Inject private CalendarRepository calendar;
  @Inject private jakarta.validation.Validator validator;
  @Inject private CaseIntake intake;
  @Inject private CaseReasonRepository reasons;
  @Inject private FollowUpRules followUpRules;
  @Inject private AreaTree areaTree;

  /** 受理: registers a case and dispatches it to the handler of the address's grid. */
  @RolesAllowed(Roles.HELPDESK)
  public long register(@NotNull @Valid RegisterCase input) {
    return intake.registerOne(input, me(), now());
  }

  /**
   * 意见箱批量登记: the slips of the suggestion box at the party-building station (党建驿站), entered in one
   * sitting, saved with channel SUGGESTION_BOX and dispatched like single cases. All or nothing: if
   * any row is wrong, {@link BatchRejectedException} names every wrong row and nothing is saved.
   */
  @RolesAllowed(Roles.HELPDESK)
  public List<Long> registerBatch(
      @NotNull @Size(min = 1, max = MAX_BATCH, message = "{batch.size}") List<RegisterCase> slips) {
    UserAccount me = me();
    LocalDateTime now = now();
    Map<Integer, List<String>> errors = new java.util.TreeMap<>();
    List<Long> ids = new java.util.ArrayList<>();
    for (int row = 0; row < slips.size(); row++) {
      RegisterCase slip = slips.get(row);
      if (slip == null) {
        errors.put(row, List.of("{case.description.required}"));
        continue;
      }
      RegisterCase boxed = slip.fromSuggestionBox();
      java.util.Set<jakarta.validation.ConstraintViolation<?>> violations =
          new java.util.HashSet<>(validator.validate(boxed));
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
              .map(jakarta.validation.ConstraintViolation::getMessageTemplate)
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

  /** A handling note (办理); the first one also moves a dispatched case into handling. */
  @RolesAllowed(Roles.HANDLER)
  public void addNote(
      long caseId,
      long expectedVersion,
      @NotBlank(message = "{case.note.required}") @Size(max = 2000, message = "{case.note.size}")
          String note) {
    moveAssigned(caseId, expectedVersion, CaseState.HANDLING, note);
  }

  /** 办结: the handler resolves the case with the reply given to the resident. */
  @RolesAllowed(Roles.HANDLER)
  public void resolve(
      long caseId,
      long expectedVersion,
      @NotBlank(message = "{case.reply.required}") @Size(max = 2000, message = "{case.reply.size}")
          String reply) {
    UserAccount me = me();
    WorkCase c = cases.lockAssigned(caseId, expectedVersion, me);
    requireNotWithCommittee(c);
    CaseState from = c.moveTo(CaseState.RESOLVED);
    c.resolve(reply.strip(), now());
    cases.moved(c, me, from, reply.strip());
  }

  /**
   * 回访: records the resident's answer. Content → 结案 (closed); dissatisfied → 不满意件审核 (review by an
   * official of the area, {@link CaseReviewService}).
   */
  @RolesAllowed(Roles.HELPDESK)
  public void followUp(
      long caseId,
      long expectedVersion,
      @NotNull(message = "{case.satisfaction.required}") Satisfaction satisfaction,
      @Size(max = 2000, message = "{case.note.size}") String note) {
    UserAccount me = me();
    WorkCase c = cases.lock(caseId, expectedVersion);
    CaseState next = satisfaction.isContent() ? CaseState.CLOSED : CaseState.REVIEW;
    if (c.getState() != CaseState.RESOLVED) {
      throw new BusinessException("case.transition.illegal", c.getState().name(), next.name());
    }
    CaseState from = c.moveTo(next);
    c.followedUp(satisfaction, now());
    cases.followedUp(
        c, me, from, satisfaction, note == null || note.isBlank() ? null : note.strip());
  }

  /** 签收: the handler acknowledges a dispatched case. */
  @RolesAllowed(Roles.HANDLER)
  public void sign(long caseId, long expectedVersion) {
    moveAssigned(caseId, expectedVersion, CaseState.SIGNED, null);
  }

  /**
   * 退单: the handler hands a case that is not theirs back to the help desk, with the reason, within
   * {@value #RETURN_WINDOW_DAYS} working days of its dispatch.
   */
  @RolesAllowed(Roles.HANDLER)
  public void returnCase(
      long caseId,
      long expectedVersion,
      @NotBlank(message = "{case.reason.required}")
          @Size(max = 2000, message = "{case.reason.size}")
          String reason) {
    UserAccount me = me();
    WorkCase c = cases.lockAssigned(caseId, expectedVersion, me);
    LocalDateTime deadline =
        calendar.load().dueAfterWorkingDays(c.getDispatchedAt(), RETURN_WINDOW_DAYS);
    if (!now().isBefore(deadline)) {
      throw new BusinessException("case.return.tooLate", RETURN_WINDOW_DAYS);
    }
    CaseState from = c.moveTo(CaseState.RETURNED);
    c.returnToDesk();
    cases.moved(c, me, from, reason.strip());
  }

  /** 提交会议: the handler escalates a case to the committee meeting. */
  @RolesAllowed(Roles.HANDLER)
  public void escalate(
      long caseId,
      long expectedVersion,
      @NotBlank(message = "{case.reason.required}")
          @Size(max = 2000, message = "{case.reason.size}")
          String reason) {
    moveAssigned(caseId, expectedVersion, CaseState.ESCALATED, reason);
  }

  /** 申请延期: asks an official for more working days; one request at a time. */
  @RolesAllowed(Roles.HANDLER)
  public void requestExtension(
      long caseId,
      long expectedVersion,
      @Min(value = 1, message = "{case.extension.days}")
          @Max(value = 10, message = "{case.extension.days}")
          int workingDays,
      @NotBlank(message = "{case.reason.required}")
          @Size(max = 2000, message = "{case.reason.size}")
          String reason) {
    UserAccount me = me();
    WorkCase c = cases.lockAssigned(caseId, expectedVersion, me);
    if (!CaseState.withHandler().contains(c.getState())) {
      throw new BusinessException("case.transition.illegal", c.getState().name(), "EXTENSION");
    }
    c.requestExtension(workingDays, reason.strip());
    cases.acted(c, me, CaseAction.EXTENSION_REQUESTED, workingDays + ": " + reason.strip());
  }

  /**
   * Likely duplicates of a case being entered: the same category at the same place within the last
   * {@value #DUPLICATE_DAYS} days, still open or closed within that time, newest first. The place
   * is the courtyard for a location in one (a neighbour's call about the same burst pipe can be
   * merged), else the node itself (a grid, a public place).
   */
  @RolesAllowed(Roles.HELPDESK)
  public List<CaseSummary> likelyDuplicates(long locationId, long categoryId) {
    AreaNode location = em.find(AreaNode.class, locationId);
    if (location == null || !location.getKind().isLocation()) {
      return List.of();
    }
    return cases.likelyDuplicates(location, categoryId, DUPLICATE_DAYS);
  }

  /**
   * 合并: the request being entered repeats an open case, so its caller is attached to that case
   * instead of opening a new one; they get a follow-up of their own once it is resolved. Same place
   * (as for {@link #likelyDuplicates}) and category only. One history row on the open case; the
   * case's version moves, so a concurrent action on it gets the usual conflict.
   */
  @RolesAllowed(Roles.HELPDESK)
  public long mergeInto(long openCaseId, @NotNull @Valid RegisterCase input) {
    UserAccount me = me();
    WorkCase c = cases.lockCurrent(openCaseId, me);
    if (!c.getState().isOpen()) {
      throw new BusinessException("case.merge.notOpen");
    }
    AreaNode location = intake.locationOf(input);
    AreaNode caseLocation = em.find(AreaNode.class, c.getLocationId());
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
    em.persist(caller);
    cases.acted(c, me, CaseAction.CALLER_MERGED, input.description().strip());
    em.flush();
    return caller.getId();
  }

  /** The same courtyard, or the same node for locations outside courtyards. */
  private boolean samePlace(AreaNode a, AreaNode b) {
    return areaTree
        .courtyardOf(a)
        .orElse(a)
        .getId()
        .equals(areaTree.courtyardOf(b).orElse(b).getId());
  }

  /** Whether the caller (a known resident, or a new one by name and phone) already called. */
  private boolean alreadyCalled(WorkCase c, RegisterCase input) {
    NewResident named = input.newResident();
    if (input.residentId() == null && (named == null || named.name() == null)) {
      return false; // anonymous callers cannot be told apart
    }
    return em.createQuery(
                "select count(r) from Resident r where (r.id = :first or r.id in"
                    + " (select k.residentId from CaseCaller k where k.caseId = :case))"
                    + " and (r.id = :resident or (r.name = :name and r.phone = :phone))",
                Long.class)
            .setParameter("first", c.getResidentId() == null ? -1L : c.getResidentId())
            .setParameter("case", c.getId())
            .setParameter("resident", input.residentId() == null ? -1L : input.residentId())
            .setParameter("name", named == null ? "" : named.name().strip())
            .setParameter("phone", named == null ? "" : CaseIntake.blankToEmpty(named.phone()))
            .getSingleResult()
        > 0;
  }

  /** 回访 of a further caller, once the case is resolved (or already closed). */
  @RolesAllowed(Roles.HELPDESK)
  public void followUpCaller(
      long callerId,
      @NotNull(message = "{case.satisfaction.required}") Satisfaction satisfaction,
      @Size(max = 2000, message = "{case.note.size}") String note) {
    UserAccount me = me();
    CaseCaller caller = em.find(CaseCaller.class, callerId);
    if (caller == null) {
      throw new BusinessException("case.notFound");
    }
    WorkCase c = cases.findVisible(caller.getCaseId(), me);
    if (c.getState() != CaseState.RESOLVED
        && c.getState() != CaseState.REVIEW
        && c.getState() != CaseState.CLOSED) {
      throw new BusinessException("caller.followUp.notResolved");
    }
    String text = note == null || note.isBlank() ? null : note.strip();
    caller.followedUp(satisfaction, text, now());
    cases.callerFollowedUp(c, me, satisfaction, text);
  }

  /** 现场核查: the handler records an on-site visit; the first work moves the case into handling. */
  @RolesAllowed(Roles.HANDLER)
  public void recordVisit(
      long caseId,
      long expectedVersion,
      @NotNull(message = "{visit.time.required}") LocalDateTime visitedAt,
      @NotBlank(message = "{visit.place.required}")
          @Size(max = 200, message = "{visit.place.size}")
          @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
          String place,
      @NotBlank(message = "{visit.findings.required}")
          @Size(max = 2000, message = "{visit.findings.size}")
          @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
          String findings) {
    UserAccount me = me();
    WorkCase c = cases.lockAssigned(caseId, expectedVersion, me);
    LocalDateTime now = now();
    if (visitedAt.isAfter(now.plusMinutes(5)) || visitedAt.isBefore(c.getAcceptedAt())) {
      throw new BusinessException("visit.time.impossible");
    }
    CaseState from = c.moveTo(CaseState.HANDLING);
    em.persist(
        new CaseVisit(c.getId(), me.getId(), visitedAt, place.strip(), findings.strip(), now));
    cases.moved(
        c,
        me,
        from,
        CaseAction.VISITED,
        visitedAt.format(VISIT_TIME) + " " + place.strip() + ": " + findings.strip());
  }

  /** Returned cases waiting for the help desk to dispatch them again. */
  @RolesAllowed(Roles.HELPDESK)
  public List<CaseSummary> returnedQueue() {
    return cases.summaries("c.state = :state", Map.of("state", CaseState.RETURNED));
  }

  /** The handlers a returned case can be dispatched to, or a routing rule can name. */
  @RolesAllowed({Roles.HELPDESK, Roles.ADMIN})
  public List<HandlerItem> handlers() {
    return em.createQuery(
            "select new org.casedesk.cases.HandlerItem(u.id, u.displayName, g.name)"
                + " from UserAccount u left join AreaNode g on g.id = u.gridId"
                + " where u.role = :role and u.enabled = true order by g.name, u.displayName",
            HandlerItem.class)
        .setParameter("role", Roles.HANDLER)
        .getResultList();
  }

  /** 重新派单: the help desk dispatches a returned case to another handler, with a new time limit. */
  @RolesAllowed(Roles.HELPDESK)
  public void redispatch(long caseId, long expectedVersion, long handlerId) {
    UserAccount me = me();
    WorkCase c = cases.lock(caseId, expectedVersion);
    UserAccount handler = em.find(UserAccount.class, handlerId);
    if (handler == null || !Roles.HANDLER.equals(handler.getRole()) || !handler.isEnabled()) {
      throw new BusinessException("case.handler.invalid");
    }
    CaseState from = c.moveTo(CaseState.DISPATCHED);
    intake.dispatch(c, em.find(Category.class, c.getCategoryId()), handler, now());
    cases.moved(c, me, from, handler.getDisplayName());
  }

  /** The handler's queue: cases assigned to me that wait for my work. */
  @RolesAllowed(Roles.HANDLER)
  public List<CaseSummary> myCases() {
    return queue(HandlerQueue.MINE);
  }

  /**
   * A handler's queue of cases that wait for work: mine, my grid's (all its handlers'), my member
   * unit's (all its staff's), or mine that are overdue. Most urgent first.
   */
  @RolesAllowed(Roles.HANDLER)
  public List<CaseSummary> queue(@NotNull HandlerQueue queue) {
    QueueQuery q = handlerQueue(queue);
    return q == null ? List.of() : cases.summaries(q.condition(), q.parameters());
  }

  /** A page of a handler's queue from row {@code first}, paged on the database. */
  @RolesAllowed(Roles.HANDLER)
  public CasePage queuePage(@NotNull HandlerQueue queue, @Min(0) int first) {
    QueueQuery q = handlerQueue(queue);
    return q == null ? CasePage.empty() : cases.page(q.condition(), q.parameters(), first);
  }

  /** A page of the follow-up queue ({@link #followUpQueue()}), paged on the database. */
  @RolesAllowed(Roles.HELPDESK)
  public CasePage followUpPage(@Min(0) int first) {
    return cases.page(FOLLOW_UP_CONDITION, followUpParameters(), first);
  }

  /** A page of the returned cases, paged on the database. */
  @RolesAllowed(Roles.HELPDESK)
  public CasePage returnedPage(@Min(0) int first) {
    return cases.page("c.state = :state", Map.of("state", CaseState.RETURNED), first);
  }

  private record QueueQuery(String condition, Map<String, Object> parameters) {}

  /** The condition of a handler queue, or null when the queue is empty by definition. */
  private QueueQuery handlerQueue(HandlerQueue queue) {
    UserAccount me = me();
    Map<String, Object> parameters = new java.util.HashMap<>();
    parameters.put("states", CaseState.withHandler());
    String condition;
    switch (queue) {
      case MINE -> {
        condition = "c.handlerId = :me";
        parameters.put("me", me.getId());
      }
      case OVERDUE -> {
        condition = "c.handlerId = :me and c.dueAt < :now";
        parameters.put("me", me.getId());
        parameters.put("now", now());
      }
      case GRID -> {
        if (me.getGridId() == null) {
          return null;
        }
        condition = "c.gridId = :grid";
        parameters.put("grid", me.getGridId());
      }
      case UNIT -> {
        if (me.getMemberUnitId() == null) {
          return null;
        }
        condition = "c.handlerId in (select u.id from UserAccount u where u.memberUnitId = :unit)";
        parameters.put("unit", me.getMemberUnitId());
      }
      default -> throw new IllegalArgumentException(queue.name());
    }
    return new QueueQuery(condition + " and c.state in :states", parameters);
  }

  /**
   * The help desk's follow-up queue: resolved cases waiting for the resident's answer, and resolved
   * or closed cases with a further (merged) caller not yet followed up.
   */
  @RolesAllowed(Roles.HELPDESK)
  public List<CaseSummary> followUpQueue() {
    return cases.summaries(FOLLOW_UP_CONDITION, followUpParameters());
  }

  private static final String FOLLOW_UP_CONDITION =
      "(c.state = :state or (c.state in :done and exists (select k from CaseCaller k"
          + " where k.caseId = c.id and k.followedUpAt is null)))";

  private static Map<String, Object> followUpParameters() {
    return Map.of(
        "state",
        CaseState.RESOLVED,
        "done",
        List.of(CaseState.RESOLVED, CaseState.REVIEW, CaseState.CLOSED));
  }

  /** Open and overdue cases within my scope, for the home page. */
  @RolesAllowed({
    Roles.HELPDESK,
    Roles.HANDLER,
    Roles.COMMUNITY_OFFICIAL,
    Roles.SUBDISTRICT_OFFICIAL,
    Roles.ADMIN
  })
  public HomeCounts homeCounts() {
    UserAccount me = me();
    CaseScope scope =
        Roles.HANDLER.equals(me.getRole())
            ? new CaseScope("c.handlerId = :scope", me.getId())
            : Roles.HELPDESK.equals(me.getRole())
                ? new CaseScope("c.createdBy = :scope", me.getId())
                : CaseScope.of(me);
    String base =
        "select count(c) from WorkCase c where " + scope.condition() + " and c.state not in :done";
    long open =
        scope
            .bind(em.createQuery(base, Long.class))
            .setParameter("done", closedStates())
            .getSingleResult();
    long overdue =
        scope
            .bind(em.createQuery(base + " and c.dueAt < :now and c.resolvedAt is null", Long.class))
            .setParameter("done", closedStates())
            .setParameter("now", now())
            .getSingleResult();
    return new HomeCounts(open, overdue);
  }

  /** One case with its timeline, if the caller may see it. */
  @RolesAllowed({
    Roles.HELPDESK,
    Roles.HANDLER,
    Roles.COMMUNITY_OFFICIAL,
    Roles.SUBDISTRICT_OFFICIAL,
    Roles.ADMIN
  })
  public CaseDetail detail(long caseId) {
    UserAccount me = me();
    WorkCase c = cases.findVisible(caseId, me);
    Category category = em.find(Category.class, c.getCategoryId());
    Resident resident =
        c.getResidentId() == null ? null : em.find(Resident.class, c.getResidentId());
    UserAccount handler =
        c.getHandlerId() == null ? null : em.find(UserAccount.class, c.getHandlerId());
    List<HistoryItem> history =
        em.createQuery(
                "select new org.casedesk.cases.HistoryItem(h.at, u.displayName, h.fromState, h.toState, h.action, h.satisfaction, h.note)"
                    + " from CaseHistory h, UserAccount u where u.id = h.actorId and h.caseId = :id"
                    + " order by h.at, h.id",
                HistoryItem.class)
            .setParameter("id", caseId)
            .getResultList();
    boolean hideResident = c.isAnonymous() || resident == null;
    boolean hideIdentity = CaseScope.hidesIdentity(me, c);
    if (!hideResident) {
      audit.record(
          me.getId(),
          AuditAction.VIEW_RESIDENT,
          c.getId(),
          resident.getId(),
          hideIdentity ? "name masked" : "masked");
    }
    return new CaseDetail(
        c.getId(),
        c.getVersion(),
        c.getCaseNo(),
        c.getState(),
        new LocalizedName(category.getNameZh(), category.getNameEn()),
        c.getChannel(),
        c.getDescription(),
        hideResident ? null : hideIdentity ? Masking.name(resident.getName()) : resident.getName(),
        hideResident ? null : Masking.phone(resident.getPhone()),
        address(c.getLocationId(), c.getLocationDetail()),
        handler == null ? null : handler.getDisplayName(),
        c.getAcceptedAt(),
        c.getDueAt(),
        c.getSignDueAt(),
        c.getExtensionDays(),
        c.getExtensionReason(),
        c.getReply(),
        c.getSatisfaction(),
        history,
        callers(c, me, hideIdentity),
        reasons.name(c.getInvalidReasonId()),
        c.getInvalidNote(),
        reasons.name(c.getCloseReasonId()),
        c.getSentBackCount(),
        allowed(me, c));
  }

  /**
   * What the user may do on the case besides the handler's own steps: the page shows only these.
   */
  private CaseDetail.Allowed allowed(UserAccount me, WorkCase c) {
    boolean official =
        Roles.COMMUNITY_OFFICIAL.equals(me.getRole())
            || Roles.SUBDISTRICT_OFFICIAL.equals(me.getRole());
    boolean invalidatable =
        (official || Roles.HELPDESK.equals(me.getRole()))
            && c.getState() != CaseState.ESCALATED
            && c.getState().canMoveTo(CaseState.INVALID);
    boolean reviewable = official && c.getState() == CaseState.REVIEW;
    return new CaseDetail.Allowed(
        invalidatable, reviewable, reviewable && followUpRules.maySendBack(c.getSentBackCount()));
  }

  /** The further callers of a case, masked like the resident; each one shown is audited. */
  private List<CallerItem> callers(WorkCase c, UserAccount me, boolean hideIdentity) {
    return em.createQuery(
            "select k, r from CaseCaller k left join Resident r on r.id = k.residentId"
                + " where k.caseId = :id order by k.addedAt, k.id",
            Object[].class)
        .setParameter("id", c.getId())
        .getResultStream()
        .map(
            row -> {
              CaseCaller k = (CaseCaller) row[0];
              Resident r = k.isAnonymous() ? null : (Resident) row[1];
              if (r != null) {
                audit.record(
                    me.getId(),
                    AuditAction.VIEW_RESIDENT,
                    c.getId(),
                    r.getId(),
                    hideIdentity ? "caller, name masked" : "caller, masked");
              }
              return new CallerItem(
                  k.getId(),
                  r == null ? null : hideIdentity ? Masking.name(r.getName()) : r.getName(),
                  r == null ? null : Masking.phone(r.getPhone()),
                  k.getChannel(),
                  k.getDescription(),
                  k.getAddedAt(),
                  k.getSatisfaction(),
                  k.getFollowedUpAt());
            })
        .toList();
  }

  /**
   * 显示完整号码: the resident's unmasked phone and ID number, for calling back. Logged. The help desk,
   * the case's own handler and the officials of its area may; an anonymous case has nothing to
   * reveal.
   */
  @RolesAllowed({
    Roles.HELPDESK,
    Roles.HANDLER,
    Roles.COMMUNITY_OFFICIAL,
    Roles.SUBDISTRICT_OFFICIAL
  })
  public RevealedResident revealResident(long caseId) {
    UserAccount me = me();
    WorkCase c = cases.findVisible(caseId, me);
    if (Roles.HANDLER.equals(me.getRole()) && !me.getId().equals(c.getHandlerId())) {
      throw new BusinessException("case.notAssigned");
    }
    Resident resident =
        c.getResidentId() == null ? null : em.find(Resident.class, c.getResidentId());
    if (c.isAnonymous() || resident == null) {
      throw new BusinessException("case.anonymous.nothingToReveal");
    }
    audit.record(me.getId(), AuditAction.REVEAL_RESIDENT, c.getId(), resident.getId(), "phone, id");
    return new RevealedResident(resident.getName(), resident.getPhone(), resident.getIdNumber());
  }

  @RolesAllowed({
    Roles.HELPDESK,
    Roles.HANDLER,
    Roles.COMMUNITY_OFFICIAL,
    Roles.SUBDISTRICT_OFFICIAL,
    Roles.ADMIN
  })
  public List<CategoryItem> categories() {
    List<Category> all = em.createQuery("select c from Category c", Category.class).getResultList();
    Map<Long, Category> byId =
        all.stream().collect(java.util.stream.Collectors.toMap(Category::getId, c -> c));
    return CategoryService.ordered(all).stream()
        .map(
            c -> {
              Category parent = c.getParentId() == null ? null : byId.get(c.getParentId());
              return new CategoryItem(
                  c.getId(),
                  parent == null
                      ? new LocalizedName(c.getNameZh(), c.getNameEn())
                      : new LocalizedName(
                          parent.getNameZh() + " / " + c.getNameZh(),
                          parent.getNameEn() + " / " + c.getNameEn()),
                  c.getLimitDays());
            })
        .toList();
  }

  /** The time limit of a category in working days (办理时限), for cases registered from now on. */
  @RolesAllowed(Roles.ADMIN)
  public void setTimeLimit(
      long categoryId,
      @Min(value = 0, message = "{category.limit.range}")
          @Max(value = 60, message = "{category.limit.range}")
          int workingDays) {
    Category category = em.find(Category.class, categoryId);
    if (category == null) {
      throw new BusinessException("case.category.invalid");
    }
    category.limitTo(workingDays);
  }

  /** A step of the case's own handler that only moves the state, with its note. */
  private void moveAssigned(long caseId, long expectedVersion, CaseState to, String note) {
    UserAccount me = me();
    WorkCase c = cases.lockAssigned(caseId, expectedVersion, me);
    requireNotWithCommittee(c);
    cases.moved(c, me, c.moveTo(to), note == null ? null : note.strip());
  }

  /**
   * An escalated case waits for the committee: it goes back to the handler when its decision tasks
   * are done or the meeting records that none is needed (meetings.MeetingService).
   */
  private static void requireNotWithCommittee(WorkCase c) {
    if (c.getState() == CaseState.ESCALATED) {
      throw new BusinessException("case.awaitingCommittee");
    }
  }

  /** The full address below the sub-district, with the location detail in brackets. */
  private String address(Long locationId, String detail) {
    StringBuilder path = new StringBuilder();
    AreaNode node = em.find(AreaNode.class, locationId);
    while (node != null && node.getKind() != AreaKind.SUBDISTRICT) {
      path.insert(0, node.getName() + (path.length() == 0 ? "" : " "));
      node = node.getParentId() == null ? null : em.find(AreaNode.class, node.getParentId());
    }
    return detail == null ? path.toString() : path + "（" + detail + "）";
  }

  private static java.util.Set<CaseState> closedStates() {
    return CaseState.finished();
  }
}
