package org.casedesk.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.accounts.BaseService;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaRepository;
import org.casedesk.audit.AuditAction;
import org.casedesk.audit.AuditRepository;
import org.casedesk.categories.Category;
import org.casedesk.categories.CategoryRepository;
import org.casedesk.residents.Resident;
import org.casedesk.residents.ResidentRepository;
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

  @Inject private CategoryRepository categories;
  @Inject private ResidentRepository residents;
  @Inject private AccountRepository accounts;
  @Inject private AreaRepository areas;
  @Inject private CaseRepository cases;
  @Inject private AuditRepository audit;
  @Inject private CaseReasonRepository reasons;
  @Inject private FollowUpRules followUpRules;

  /** One case with its timeline, if the caller may see it. */
  public CaseDetail detail(long caseId) {
    UserAccount me = me();
    WorkCase c = cases.findVisible(caseId, me);
    Category category = categories.find(c.getCategoryId());
    Resident resident = c.getResidentId() == null ? null : residents.find(c.getResidentId());
    UserAccount handler =
        c.getHandlerId() == null ? null : accounts.byId(c.getHandlerId()).orElse(null);
    List<HistoryItem> history = cases.history(caseId);
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
        areas.address(c.getLocationId(), c.getLocationDetail()),
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
        CaseDetail.Allowed.of(
            me.getRole(),
            c.getState(),
            c.getExtensionDays() != null,
            !hideResident,
            followUpRules.maySendBack(c.getSentBackCount())));
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
    Resident resident = c.getResidentId() == null ? null : residents.find(c.getResidentId());
    if (c.isAnonymous() || resident == null) {
      throw new BusinessException("case.anonymous.nothingToReveal");
    }
    audit.record(me.getId(), AuditAction.REVEAL_RESIDENT, c.getId(), resident.getId(), "phone, id");
    return new RevealedResident(resident.getName(), resident.getPhone(), resident.getIdNumber());
  }

  /** The further callers of a case, masked like the resident; each one shown is audited. */
  private List<CallerItem> callers(WorkCase c, UserAccount me, boolean hideIdentity) {
    return cases.callers(c.getId()).stream()
        .map(
            row -> {
              CaseCaller k = row.caller();
              Resident r = k.isAnonymous() ? null : row.resident();
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
}
