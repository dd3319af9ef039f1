package org.casedesk.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.casedesk.cases.CaseService;
import org.casedesk.cases.CaseSummary;
import org.casedesk.cases.HandlerQueue;
import org.casedesk.cases.SupervisionService;

/**
 * The queues: a handler's open cases, the help desk's follow-up and returned queues, officials'
 * watch list.
 */
@Named
@RequestScoped
public class CaseQueueBacking {

  @Inject private CaseService cases;
  @Inject private SupervisionService supervision;

  private List<CaseSummary> rows;

  private HandlerQueue queue = HandlerQueue.MINE;

  /** The handler's queue named by the {@code queue} view parameter (mine by default). */
  public void loadHandlerQueue() {
    rows = cases.queue(queue);
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
    rows = cases.followUpQueue();
  }

  public void loadReturned() {
    rows = cases.returnedQueue();
  }

  public void loadWatchList() {
    rows = supervision.watchList();
  }

  public List<CaseSummary> getRows() {
    return rows;
  }
}
