package org.casedesk.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.casedesk.accounts.BaseService;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaNode;
import org.casedesk.audit.AuditAction;
import org.casedesk.audit.AuditRepository;
import org.casedesk.residents.Resident;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.LocalizedName;
import org.casedesk.shared.Masking;
import org.casedesk.shared.Roles;

/**
 * What a user may read of cases: one case with its timeline (personal data masked, every view
 * audited), 显示完整号码, and the home page's counts. One public method = one transaction.
 */
@Stateless
@RolesAllowed({
  Roles.HELPDESK,
  Roles.HANDLER,
  Roles.COMMUNITY_OFFICIAL,
  Roles.SUBDISTRICT_OFFICIAL,
  Roles.ADMIN
})
public class CaseReadService extends BaseService {

  @PersistenceContext private EntityManager em;
  @Inject private CaseRepository cases;
  @Inject private AuditRepository audit;
  @Inject private CaseReasonRepository reasons;
  @Inject private FollowUpRules followUpRules;

  /** Open and overdue cases within my scope, for the home page. */
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
            .setParameter("done", CaseState.finished())
            .getSingleResult();
    long overdue =
        scope
            .bind(em.createQuery(base + " and c.dueAt < :now and c.resolvedAt is null", Long.class))
            .setParameter("done", CaseState.finished())
            .setParameter("now", now())
            .getSingleResult();
    return new HomeCounts(open, overdue);
  }

  /** One case with its timeline, if the caller may see it. */
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
}
