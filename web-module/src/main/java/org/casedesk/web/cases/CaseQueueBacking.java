package org.casedesk.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.casedesk.cases.CaseService;
import org.casedesk.cases.CaseSummary;

/** The queues: a handler's open cases and the help desk's follow-up queue. */
@Named
@RequestScoped
public class CaseQueueBacking {

  @Inject private CaseService cases;

  private List<CaseSummary> rows;

  public void loadMine() {
    rows = cases.myCases();
  }

  public void loadFollowUps() {
    rows = cases.followUpQueue();
  }

  public List<CaseSummary> getRows() {
    return rows;
  }
}
