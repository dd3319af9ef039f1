package org.casedesk.cases;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaNode;
import org.casedesk.audit.AuditAction;
import org.casedesk.audit.AuditRepository;
import org.casedesk.calendar.CalendarRepository;
import org.casedesk.residents.Resident;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.LocalizedName;
import org.casedesk.shared.Masking;
import org.casedesk.shared.Roles;

/** The use cases of a work order. One public method = one transaction. */
@Stateless
public class CaseService {

  /** Working days after dispatch in which a handler may still return a case (DOMAIN.md). */
  public static final int RETURN_WINDOW_DAYS = 2;

  /** How far back the entry screen looks for likely duplicates. */
  public static final int DUPLICATE_DAYS = 30;

  @PersistenceContext private EntityManager em;
  @Inject private AccountRepository accounts;
  @Inject private CaseRepository cases;
  @Inject private AuditRepository audit;
  @Inject private CalendarRepository calendar;
  @Inject private CaseIntake intake;
  @Resource private SessionContext context;

  /** 受理: registers a case and dispatches it to the handler of the address's grid. */
  @RolesAllowed(Roles.HELPDESK)
  public long register(@NotNull @Valid RegisterCase input) {
    return intake.register(input, me());
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
   * 回访: records the resident's answer. Content → 结案 (closed); dissatisfied → 发回重办 (back to
   * handling).
   */
  @RolesAllowed(Roles.HELPDESK)
  public void followUp(
      long caseId,
      long expectedVersion,
      @NotNull(message = "{case.satisfaction.required}") Satisfaction satisfaction,
      @Size(max = 2000, message = "{case.note.size}") String note) {
    UserAccount me = me();
    WorkCase c = cases.lock(caseId, expectedVersion);
    CaseState next = satisfaction.isContent() ? CaseState.CLOSED : CaseState.HANDLING;
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
      @NotBlank(message = "{case.reason.required}") @Size(max = 2000, message = "{case.note.size}")
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
      @NotBlank(message = "{case.reason.required}") @Size(max = 2000, message = "{case.note.size}")
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
      @NotBlank(message = "{case.reason.required}") @Size(max = 2000, message = "{case.note.size}")
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
   * Likely duplicates of a case being entered: the same category in the same courtyard within the
   * last {@value #DUPLICATE_DAYS} days, still open or closed within that time, newest first.
   */
  @RolesAllowed(Roles.HELPDESK)
  public List<CaseSummary> likelyDuplicates(long flatId, long categoryId) {
    AreaNode flat = em.find(AreaNode.class, flatId);
    if (flat == null || flat.getKind() != AreaKind.FLAT) {
      return List.of();
    }
    LocalDateTime since = now().minusDays(DUPLICATE_DAYS);
    return cases.summaries(
        "c.categoryId = :category and f.parentId = :courtyard and c.acceptedAt >= :since"
            + " and (c.state <> :closed or c.closedAt >= :since)",
        Map.of(
            "category",
            categoryId,
            "courtyard",
            flat.getParentId(),
            "since",
            since,
            "closed",
            CaseState.CLOSED),
        "c.acceptedAt desc, c.id desc",
        0,
        10);
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
    LocalDateTime now = now();
    Category category = em.find(Category.class, c.getCategoryId());
    c.dispatchTo(
        handler.getId(), now, calendar.load().dueAfterWorkingDays(now, category.getLimitDays()));
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
          return List.of();
        }
        condition = "c.gridId = :grid";
        parameters.put("grid", me.getGridId());
      }
      case UNIT -> {
        if (me.getMemberUnitId() == null) {
          return List.of();
        }
        condition = "c.handlerId in (select u.id from UserAccount u where u.memberUnitId = :unit)";
        parameters.put("unit", me.getMemberUnitId());
      }
      default -> throw new IllegalArgumentException(queue.name());
    }
    return cases.summaries(condition + " and c.state in :states", parameters);
  }

  /** The help desk's follow-up queue: resolved cases waiting for the resident's answer. */
  @RolesAllowed(Roles.HELPDESK)
  public List<CaseSummary> followUpQueue() {
    return cases.summaries("c.state = :state", Map.of("state", CaseState.RESOLVED));
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
    if (!hideResident) {
      audit.record(me.getId(), AuditAction.VIEW_RESIDENT, c.getId(), resident.getId(), "masked");
    }
    return new CaseDetail(
        c.getId(),
        c.getVersion(),
        c.getCaseNo(),
        c.getState(),
        new LocalizedName(category.getNameZh(), category.getNameEn()),
        c.getChannel(),
        c.getDescription(),
        hideResident ? null : resident.getName(),
        hideResident ? null : Masking.phone(resident.getPhone()),
        address(c.getFlatId()),
        handler == null ? null : handler.getDisplayName(),
        c.getAcceptedAt(),
        c.getDueAt(),
        c.getExtensionDays(),
        c.getExtensionReason(),
        c.getReply(),
        c.getSatisfaction(),
        history);
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
    return em.createQuery("select c from Category c order by c.id", Category.class)
        .getResultStream()
        .map(
            c ->
                new CategoryItem(
                    c.getId(), new LocalizedName(c.getNameZh(), c.getNameEn()), c.getLimitDays()))
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

  /**
   * An escalated case waits for the committee: it goes back to the handler when its decision tasks
   * are done or the meeting records that none is needed (meetings.MeetingService).
   */
  private static void requireNotWithCommittee(WorkCase c) {
    if (c.getState() == CaseState.ESCALATED) {
      throw new BusinessException("case.awaitingCommittee");
    }
  }

  /** A step of the case's own handler that only moves the state, with its note. */
  private void moveAssigned(long caseId, long expectedVersion, CaseState to, String note) {
    UserAccount me = me();
    WorkCase c = cases.lockAssigned(caseId, expectedVersion, me);
    requireNotWithCommittee(c);
    cases.moved(c, me, c.moveTo(to), note == null ? null : note.strip());
  }

  private String address(Long flatId) {
    StringBuilder path = new StringBuilder();
    AreaNode node = em.find(AreaNode.class, flatId);
    while (node != null && node.getKind() != AreaKind.SUBDISTRICT) {
      path.insert(0, node.getName() + (path.length() == 0 ? "" : " "));
      node = node.getParentId() == null ? null : em.find(AreaNode.class, node.getParentId());
    }
    return path.toString();
  }

  private static List<CaseState> closedStates() {
    return List.of(CaseState.CLOSED, CaseState.ANSWERED);
  }

  private UserAccount me() {
    return accounts.caller(context.getCallerPrincipal());
  }

  private static LocalDateTime now() {
    return CaseRepository.now();
  }
}
