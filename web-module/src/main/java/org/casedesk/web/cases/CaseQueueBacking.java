package org.casedesk.web.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.casedesk.cases.CasePage;
import org.casedesk.cases.CaseRef;
import org.casedesk.cases.CaseReviewService;
import org.casedesk.cases.CaseSummary;
import org.casedesk.cases.DispatchService;
import org.casedesk.cases.FollowUpService;
import org.casedesk.cases.HandlerItem;
import org.casedesk.cases.HandlerQueue;
import org.casedesk.cases.HandlerQueueService;
import org.casedesk.cases.SupervisionService;
import org.casedesk.web.shared.Messages;

/**
 * The queues: a handler's open cases, the help desk's follow-up and returned queues, officials'
 * watch list. View-scoped: the rows loaded by the view action stay for the bulk actions (officials
 * urge several cases of the watch list at once, the help desk re-dispatches several returned ones).
 */
@Named
@ViewScoped
public class CaseQueueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private FollowUpService followUps;
  @Inject private DispatchService dispatch;
  @Inject private HandlerQueueService handlerQueues;
  @Inject private SupervisionService supervision;
  @Inject private CaseReviewService review;

  private CasePage page = CasePage.empty();

  /** Where the page starts (view parameter {@code first}); queues are paged on the database. */
  private int first;

  private HandlerQueue queue = HandlerQueue.MINE;

  private List<CaseSummary> selected = new ArrayList<>();
  private String note;
  private Long handlerId;
  private List<HandlerItem> handlers;

  /** The handler's queue named by the {@code queue} view parameter (mine by default). */
  public void loadHandlerQueue() {
    page = handlerQueues.queuePage(queue, first);
  }

  public HandlerQueue[] getQueues() {
    return HandlerQueue.values();
  }

  public HandlerQueue getQueue() {
    return queue;
  }

  public void setQueue(HandlerQueue queue) {
    this.queue = queue == null ? HandlerQueue.MINE : queue;
  }

  public void loadFollowUps() {
    page = followUps.followUpPage(first);
  }

  public void loadReturned() {
    page = dispatch.returnedPage(first);
  }

  /** 不满意件审核: the dissatisfied cases of my area waiting for my decision. */
  public void loadReview() {
    page = review.reviewPage(first);
  }

  public void loadWatchList() {
    page = supervision.watchPage(first);
  }

  /** 批量催办: urges the selected cases of the watch list with one note. */
  public void urgeSelected() {
    int[] done = new int[1];
    if (Messages.attempt(() -> done[0] = supervision.urgeAll(refs(), note))) {
      Messages.info("bulk.urged", done[0]);
      note = null;
      afterBulk(this::loadWatchList);
    }
  }

  /** 批量重新派单: dispatches the selected returned cases to one handler. */
  public void redispatchSelected() {
    int[] done = new int[1];
    if (handlerId == null) {
      Messages.error("case.handler.invalid");
    } else if (Messages.attempt(() -> done[0] = dispatch.redispatchAll(refs(), handlerId))) {
      Messages.info("bulk.redispatched", done[0]);
      afterBulk(this::loadReturned);
    }
  }

  private List<CaseRef> refs() {
    return selected.stream().map(c -> new CaseRef(c.id(), c.version())).toList();
  }

  private void afterBulk(Runnable reload) {
    selected = new ArrayList<>();
    reload.run();
  }

  /** The handlers the returned cases can be dispatched to (loaded once per view). */
  public List<HandlerItem> getHandlers() {
    if (handlers == null) {
      handlers = dispatch.handlers();
    }
    return handlers;
  }

  public List<CaseSummary> getSelected() {
    return selected;
  }

  public void setSelected(List<CaseSummary> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Long getHandlerId() {
    return handlerId;
  }

  public void setHandlerId(Long handlerId) {
    this.handlerId = handlerId;
  }

  public List<CaseSummary> getRows() {
    return page.rows();
  }

  public CasePage getPage() {
    return page;
  }

  public int getFirst() {
    return first;
  }

  public void setFirst(int first) {
    this.first = Math.max(0, first);
  }
}
