package org.casedesk.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.casedesk.cases.CasePage;
import org.casedesk.cases.CaseReviewService;
import org.casedesk.cases.CaseSummary;
import org.casedesk.cases.DispatchService;
import org.casedesk.cases.FollowUpService;
import org.casedesk.cases.HandlerQueue;
import org.casedesk.cases.HandlerQueueService;
import org.casedesk.cases.SupervisionService;

/**
 * The queues: a handler's open cases, the help desk's follow-up and returned queues, officials'
 * watch list.
 */
@Named
@RequestScoped
public class CaseQueueBacking {

  @Inject private FollowUpService followUps;
  @Inject private DispatchService dispatch;
  @Inject private HandlerQueueService handlerQueues;
  @Inject private SupervisionService supervision;
  @Inject private CaseReviewService review;

  private CasePage page = CasePage.empty();

  /** Where the page starts (view parameter {@code first}); queues are paged on the database. */
  private int first;

  private HandlerQueue queue = HandlerQueue.MINE;

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
