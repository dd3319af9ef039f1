package org.casedesk.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.accounts.BaseService;
import org.casedesk.accounts.UserAccount;
import org.casedesk.categories.CategoryRepository;
import org.casedesk.notifications.NotificationKind;
import org.casedesk.notifications.NotificationRepository;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;

/**
 * 退单待派: returned cases waiting for the help desk, 重新派单 to another handler, and the handlers a case
 * can be dispatched to. One public method = one transaction.
 */
@Stateless
@RolesAllowed(Roles.HELPDESK)
public class DispatchService extends BaseService {

  @Inject private CategoryRepository categories;
  @Inject private AccountRepository accounts;
  @Inject private CaseRepository cases;
  @Inject private CaseIntake intake;
  @Inject private NotificationRepository notifications;

  /** Returned cases waiting for the help desk to dispatch them again. */
  public List<CaseSummary> returnedQueue() {
    return cases.summaries("c.state = :state", Map.of("state", CaseState.RETURNED));
  }

  /** A page of the returned cases, paged on the database. */
  public CasePage returnedPage(@Min(0) int first) {
    return cases.page("c.state = :state", Map.of("state", CaseState.RETURNED), first);
  }

  /** The handlers a returned case can be dispatched to, or a routing rule can name. */
  @RolesAllowed({Roles.HELPDESK, Roles.ADMIN})
  public List<HandlerItem> handlers() {
    return cases.handlers();
  }

  /** 重新派单: the help desk dispatches a returned case to another handler, with a new time limit. */
  public void redispatch(long caseId, long expectedVersion, long handlerId) {
    redispatch(me(), caseId, expectedVersion, handler(handlerId));
  }

  /**
   * 重新派单 of several returned cases to one handler: all or none (a case changed meanwhile refuses
   * the lot). Returns how many were dispatched.
   */
  public int redispatchAll(List<CaseRef> selected, long handlerId) {
    CaseRef.checkBulk(selected);
    UserAccount me = me();
    UserAccount handler = handler(handlerId);
    selected.forEach(ref -> redispatch(me, ref.id(), ref.version(), handler));
    return selected.size();
  }

  private UserAccount handler(long handlerId) {
    UserAccount handler = accounts.byId(handlerId).orElse(null);
    if (handler == null || !Roles.HANDLER.equals(handler.getRole()) || !handler.isEnabled()) {
      throw new BusinessException("case.handler.invalid");
    }
    return handler;
  }

  private void redispatch(UserAccount me, long caseId, long expectedVersion, UserAccount handler) {
    WorkCase c = cases.lock(caseId, expectedVersion);
    CaseState from = c.moveTo(CaseState.DISPATCHED);
    intake.dispatch(c, categories.find(c.getCategoryId()), handler, now(), me);
    // the handler who returned it learns where it went (their return is decided)
    notifications.notify(
        cases.lastActorInto(c.getId(), CaseState.RETURNED),
        NotificationKind.RETURN_REDISPATCHED,
        c.getId(),
        c.getCaseNo(),
        handler.getDisplayName(),
        me.getId());
    cases.moved(c, me, from, handler.getDisplayName());
  }
}
