package org.casedesk.open311;

import java.util.Map;
import java.util.Set;
import org.casedesk.cases.CaseAction;
import org.casedesk.cases.CaseState;

/**
 * CaseDesk's states as GeoReport v2 statuses (open / closed) and as FixMyStreet's extended statuses
 * for the update history. By name, so a state added later maps defensively: closed if it is one of
 * the finished states named here, open otherwise.
 */
public final class Open311Status {

  /** Finished: 办结, 结案, 直接答复, and the invalid requests (无效诉求) another issue adds. */
  private static final Set<String> CLOSED = Set.of("RESOLVED", "CLOSED", "ANSWERED", "INVALID");

  private static final Map<String, String> EXTENDED =
      Map.of(
          "ACCEPTED", "open",
          "DISPATCHED", "action_scheduled",
          "SIGNED", "in_progress",
          "HANDLING", "in_progress",
          "RETURNED", "internal_referral",
          "ESCALATED", "investigating",
          "REVIEW", "investigating",
          "RESOLVED", "fixed",
          "ANSWERED", "no_further_action",
          "INVALID", "no_further_action");

  private Open311Status() {}

  public static String of(CaseState state) {
    return CLOSED.contains(state.name()) ? "closed" : "open";
  }

  public static boolean isClosed(CaseState state) {
    return CLOSED.contains(state.name());
  }

  /** The extended status of a history step: duplicate for a repeat link, else by the state. */
  public static String extended(CaseState state, CaseAction action) {
    if (action == CaseAction.REPEAT_LINKED) {
      return "duplicate";
    }
    return EXTENDED.getOrDefault(state.name(), of(state));
  }
}
