package org.casedesk.reports;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The committee's work in a period, summed from report_daily_committee: meetings held, decision
 * tasks done, pairing visits (and those made within their cadence), project parts claimed and
 * projects completed, volunteer hours, mediations ended (and those ending in an agreement).
 */
public record CommitteeFigures(
    long meetings,
    long decisionsDone,
    long pairingVisits,
    long pairingVisitsOnTime,
    long partsClaimed,
    long projectsCompleted,
    BigDecimal volunteerHours,
    long mediationsEnded,
    long mediationAgreements)
    implements Serializable {

  public static final CommitteeFigures NONE =
      new CommitteeFigures(0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0);
}
