package org.casedesk.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How often a dissatisfied case may be sent back (发回重办) before only closing is offered. */
@ApplicationScoped
public class FollowUpRules {

  @Inject
  @ConfigProperty(name = "casedesk.followup.max-rework", defaultValue = "2")
  int maxRework;

  /** Whether a case sent back {@code sentBackCount} times so far may be sent back once more. */
  public boolean maySendBack(int sentBackCount) {
    return sentBackCount < maxRework;
  }

  public int maxRework() {
    return maxRework;
  }
}
