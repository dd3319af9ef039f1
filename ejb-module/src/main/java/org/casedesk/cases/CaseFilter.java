package org.casedesk.cases;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the case search filters on; null means any. Dates are Asia/Shanghai days, both ends
 * included: of acceptance, of closing (结案), and of the due time (a due time of 24:00 belongs to the
 * day it ends). The unit is the member unit of the case's current handler. The report's drill-down
 * links fill these in.
 */
public record CaseFilter(
    CaseState state,
    Long categoryId,
    Long gridId,
    Channel channel,
    LocalDate acceptedFrom,
    LocalDate acceptedTo,
    boolean overdueOnly,
    Long communityId,
    Long unitId,
    LocalDate closedFrom,
    LocalDate closedTo,
    LocalDate dueFrom,
    LocalDate dueTo)
    implements Serializable {

  /** The search screen's first filters, without the report's. */
  public CaseFilter(
      CaseState state,
      Long categoryId,
      Long gridId,
      Channel channel,
      LocalDate acceptedFrom,
      LocalDate acceptedTo,
      boolean overdueOnly) {
    this(
        state,
        categoryId,
        gridId,
        channel,
        acceptedFrom,
        acceptedTo,
        overdueOnly,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  public static CaseFilter any() {
    return new CaseFilter(null, null, null, null, null, null, false);
  }
}
