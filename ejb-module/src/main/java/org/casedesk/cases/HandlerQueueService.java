package org.casedesk.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casedesk.accounts.BaseService;
import org.casedesk.accounts.UserAccount;
import org.casedesk.shared.Roles;

/** 我的工单: a handler's queues of cases that wait for work, most urgent first. */
@Stateless
@RolesAllowed(Roles.HANDLER)
public class HandlerQueueService extends BaseService {

  @Inject private CaseRepository cases;

  /** The handler's queue: cases assigned to me that wait for my work. */
  public List<CaseSummary> myCases() {
    return queue(HandlerQueue.MINE);
  }

  /**
   * A handler's queue of cases that wait for work: mine, my grid's (all its handlers'), my member
   * unit's (all its staff's), or mine that are overdue. Most urgent first.
   */
  public List<CaseSummary> queue(@NotNull HandlerQueue queue) {
    QueueQuery q = handlerQueue(queue);
    return q == null ? List.of() : cases.summaries(q.condition(), q.parameters());
  }

  /** A page of a handler's queue from row {@code first}, paged on the database. */
  public CasePage queuePage(@NotNull HandlerQueue queue, @Min(0) int first) {
    QueueQuery q = handlerQueue(queue);
    return q == null ? CasePage.empty() : cases.page(q.condition(), q.parameters(), first);
  }

  private record QueueQuery(String condition, Map<String, Object> parameters) {}

  /** The condition of a handler queue, or null when the queue is empty by definition. */
  private QueueQuery handlerQueue(HandlerQueue queue) {
    UserAccount me = me();
    Map<String, Object> parameters = new HashMap<>();
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
      case DUE_TODAY -> {
        condition = "c.handlerId = :me and c.dueAt >= :now and c.dueAt <= :endOfToday";
        parameters.put("me", me.getId());
        parameters.put("now", now());
        parameters.put("endOfToday", now().toLocalDate().plusDays(1).atStartOfDay());
      }
      case URGED -> {
        condition = "c.handlerId = :me and " + HandlerQueue.URGED_CONDITION;
        parameters.put("me", me.getId());
        parameters.put("urgedBy", List.of(CaseAction.URGED, CaseAction.SUPERVISED));
      }
      case SENT_BACK -> {
        condition = "c.handlerId = :me and " + HandlerQueue.SENT_BACK_CONDITION;
        parameters.put("me", me.getId());
        parameters.put("sentBack", CaseAction.SENT_BACK);
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
}
