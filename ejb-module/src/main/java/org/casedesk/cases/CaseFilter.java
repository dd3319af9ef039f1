package org.casedesk.cases;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the case search filters on; null means any. Dates are days of acceptance (Asia/Shanghai),
 * both ends included.
 */
public record CaseFilter(
    CaseState state,
    Long categoryId,
    Long gridId,
    Channel channel,
    LocalDate acceptedFrom,
    LocalDate acceptedTo,
    boolean overdueOnly)
    implements Serializable {

  public static CaseFilter any() {
    return new CaseFilter(null, null, null, null, null, null, false);
  }
}
