package org.casedesk.cases;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaNode;
import org.casedesk.calendar.CalendarRepository;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.residents.Resident;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.LocalizedName;
import org.casedesk.shared.Masking;
import org.casedesk.shared.Roles;

/** The use cases of a work order. One public method = one transaction. */
@Stateless
public class CaseService {

  private static final DateTimeFormatter CASE_NO_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

  @PersistenceContext private EntityManager em;
  @Inject private AccountRepository accounts;
  @Inject private CalendarRepository calendar;
  @Resource private SessionContext context;

  /** 受理: registers a case and dispatches it to the handler of the address's grid. */
  @RolesAllowed(Roles.HELPDESK)
  public long register(@NotNull @Valid RegisterCase input) {
    UserAccount me = me();
    LocalDateTime now = now();
    AreaNode flat = em.find(AreaNode.class, input.flatId());
    if (flat == null || flat.getKind() != AreaKind.FLAT) {
      throw new BusinessException("case.flat.invalid");
    }
    Category category = em.find(Category.class, input.categoryId());
    if (category == null) {
      throw new BusinessException("case.category.invalid");
    }
    Long residentId = residentFor(input, flat);
    WorkCase c =
        new WorkCase(
            residentId,
            flat.getId(),
            flat.getGridId(),
            flat.getCommunityId(),
            category.getId(),
            input.channel(),
            input.description().strip(),
            me.getId(),
            now);
    c.markAnonymous(input.anonymous());
    em.persist(c);
    em.flush(); // the history refers to it by id: write it first
    c.numberAs(now.format(CASE_NO_DAY) + "-" + String.format("%06d", c.getId() % 1_000_000));
    record(c, me, null, CaseState.ACCEPTED, null);

    gridHandler(flat.getGridId())
        .ifPresent(
            handler -> {
              WorkCalendar cal = calendar.load();
              c.dispatchTo(handler.getId(), cal.dueAfterWorkingDays(now, category.getLimitDays()));
              CaseState from = c.moveTo(CaseState.DISPATCHED);
              record(c, me, from, CaseState.DISPATCHED, handler.getDisplayName());
            });
    return c.getId();
  }

  /** A handling note (办理); the first one also moves a dispatched case into handling. */
  @RolesAllowed(Roles.HANDLER)
  public void addNote(
      long caseId,
      long expectedVersion,
      @NotBlank(message = "{case.note.required}") @Size(max = 2000, message = "{case.note.size}")
          String note) {
    UserAccount me = me();
    WorkCase c = lockAssigned(caseId, expectedVersion, me);
    CaseState from = c.moveTo(CaseState.HANDLING);
    record(c, me, from, CaseState.HANDLING, note.strip());
  }

  /** 办结: the handler resolves the case with the reply given to the resident. */
  @RolesAllowed(Roles.HANDLER)
  public void resolve(
      long caseId,
      long expectedVersion,
      @NotBlank(message = "{case.reply.required}") @Size(max = 2000, message = "{case.reply.size}")
          String reply) {
    UserAccount me = me();
    WorkCase c = lockAssigned(caseId, expectedVersion, me);
    CaseState from = c.moveTo(CaseState.RESOLVED);
    c.resolve(reply.strip(), now());
    record(c, me, from, CaseState.RESOLVED, reply.strip());
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
    WorkCase c = lock(caseId, expectedVersion);
    CaseState next = satisfaction.isContent() ? CaseState.CLOSED : CaseState.HANDLING;
    if (c.getState() != CaseState.RESOLVED) {
      throw new BusinessException("case.transition.illegal", c.getState().name(), next.name());
    }
    CaseState from = c.moveTo(next);
    c.followedUp(satisfaction, now());
    record(
        c,
        me,
        from,
        next,
        satisfaction.name() + (note == null || note.isBlank() ? "" : ": " + note.strip()));
  }

  /** The handler's queue: cases assigned to me that wait for my work. */
  @RolesAllowed(Roles.HANDLER)
  public List<CaseSummary> myCases() {
    return summaries(
        "c.handlerId = :me and c.state in :states",
        Map.of("me", me().getId(), "states", CaseState.withHandler()));
  }

  /** The help desk's follow-up queue: resolved cases waiting for the resident's answer. */
  @RolesAllowed(Roles.HELPDESK)
  public List<CaseSummary> followUpQueue() {
    return summaries("c.state = :state", Map.of("state", CaseState.RESOLVED));
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
    WorkCase c = em.find(WorkCase.class, caseId);
    if (c == null || !CaseScope.of(me).permits(me, c)) {
      throw new BusinessException("case.notFound");
    }
    Category category = em.find(Category.class, c.getCategoryId());
    Resident resident =
        c.getResidentId() == null ? null : em.find(Resident.class, c.getResidentId());
    UserAccount handler =
        c.getHandlerId() == null ? null : em.find(UserAccount.class, c.getHandlerId());
    List<HistoryItem> history =
        em.createQuery(
                "select new org.casedesk.cases.HistoryItem(h.at, u.displayName, h.fromState, h.toState, h.note)"
                    + " from CaseHistory h, UserAccount u where u.id = h.actorId and h.caseId = :id"
                    + " order by h.at, h.id",
                HistoryItem.class)
            .setParameter("id", caseId)
            .getResultList();
    boolean hideResident = c.isAnonymous() || resident == null;
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
        c.getReply(),
        c.getSatisfaction(),
        history);
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

  private Long residentFor(RegisterCase input, AreaNode flat) {
    if (input.residentId() != null) {
      if (em.find(Resident.class, input.residentId()) == null) {
        throw new BusinessException("case.resident.invalid");
      }
      return input.residentId();
    }
    if (input.newResident() != null
        && input.newResident().name() != null
        && !input.newResident().name().isBlank()) {
      Resident r =
          new Resident(
              input.newResident().name().strip(),
              blankToEmpty(input.newResident().phone()),
              blankToEmpty(input.newResident().idNumber()),
              flat.getId());
      em.persist(r);
      em.flush(); // the case refers to it by id: write it first
      return r.getId();
    }
    if (!input.anonymous()) {
      throw new BusinessException("case.resident.required");
    }
    return null;
  }

  private static String blankToEmpty(String s) {
    return s == null ? "" : s.strip();
  }

  private Optional<UserAccount> gridHandler(Long gridId) {
    return em.createQuery(
            "select u from UserAccount u where u.role = :role and u.gridId = :grid and u.enabled = true order by u.id",
            UserAccount.class)
        .setParameter("role", Roles.HANDLER)
        .setParameter("grid", gridId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private WorkCase lock(long caseId, long expectedVersion) {
    WorkCase c = em.find(WorkCase.class, caseId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    if (c == null) {
      throw new BusinessException("case.notFound");
    }
    if (c.getVersion() != expectedVersion) {
      throw new BusinessException("case.conflict");
    }
    return c;
  }

  private WorkCase lockAssigned(long caseId, long expectedVersion, UserAccount me) {
    WorkCase c = lock(caseId, expectedVersion);
    if (!me.getId().equals(c.getHandlerId())) {
      throw new BusinessException("case.notAssigned");
    }
    return c;
  }

  private void record(WorkCase c, UserAccount actor, CaseState from, CaseState to, String note) {
    em.persist(new CaseHistory(c.getId(), actor.getId(), now(), from, to, note));
  }

  private List<CaseSummary> summaries(String condition, Map<String, Object> parameters) {
    LocalDateTime now = now();
    TypedQuery<Object[]> query =
        em.createQuery(
            "select c, cat, f, ct from WorkCase c, Category cat, AreaNode f, AreaNode ct"
                + " where cat.id = c.categoryId and f.id = c.flatId and ct.id = f.parentId and "
                + condition
                + " order by c.dueAt, c.id",
            Object[].class);
    parameters.forEach(query::setParameter);
    return query
        .setMaxResults(500)
        .getResultStream()
        .map(
            row -> {
              WorkCase c = (WorkCase) row[0];
              Category cat = (Category) row[1];
              AreaNode flat = (AreaNode) row[2];
              AreaNode courtyard = (AreaNode) row[3];
              return new CaseSummary(
                  c.getId(),
                  c.getCaseNo(),
                  new LocalizedName(cat.getNameZh(), cat.getNameEn()),
                  courtyard.getName() + " " + flat.getName(),
                  c.getState(),
                  c.getAcceptedAt(),
                  c.getDueAt(),
                  c.getResolvedAt() == null && c.getDueAt() != null && c.getDueAt().isBefore(now));
            })
        .toList();
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
    return LocalDateTime.now(WorkCalendar.ZONE);
  }
}
