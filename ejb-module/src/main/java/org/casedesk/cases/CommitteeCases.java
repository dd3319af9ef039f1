package org.casedesk.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casedesk.accounts.UserAccount;
import org.casedesk.shared.BusinessException;

/**
 * What the committee meeting does to an escalated case (提交会议): puts it on an agenda, records
 * decisions in its timeline, and hands it back to its handler when the decision tasks are done or
 * none is needed. Joins the caller's transaction; the meeting service checks who may.
 */
@ApplicationScoped
public class CommitteeCases {

  @Inject private CaseRepository cases;

  /** An escalated case of the community, or {@code meeting.case.notEscalated}. */
  public WorkCase escalated(long caseId, Long communityId) {
    WorkCase c = cases.find(caseId);
    if (c == null
        || c.getState() != CaseState.ESCALATED
        || (communityId != null && !communityId.equals(c.getCommunityId()))) {
      throw new BusinessException("meeting.case.notEscalated");
    }
    return c;
  }

  /** Escalated cases waiting for the committee, of one community or all. */
  public List<CaseSummary> waiting(Long communityId) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("state", CaseState.ESCALATED);
    String condition = "c.state = :state";
    if (communityId != null) {
      condition += " and c.communityId = :community";
      parameters.put("community", communityId);
    }
    return cases.summaries(condition, parameters, "c.acceptedAt, c.id", 0, 200);
  }

  /** A line in the case's timeline that keeps its state. */
  public void note(long caseId, UserAccount actor, CaseAction action, String note) {
    cases.acted(cases.find(caseId), actor, action, note);
  }

  /** Back to the handler (办理中), if the case still waits for the committee. */
  public void backToHandler(long caseId, UserAccount actor, String note) {
    WorkCase c = cases.find(caseId);
    if (c.getState() == CaseState.ESCALATED) {
      CaseState from = c.moveTo(CaseState.HANDLING);
      cases.moved(c, actor, from, note);
    }
  }
}
