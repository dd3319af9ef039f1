package org.casedesk.reports;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a report shows: the period of a type that contains a reference day, at a level (with the
 * community or grid for those levels), broken down one way.
 */
public record ReportQuery(
    @NotNull PeriodType type,
    @NotNull LocalDate day,
    @NotNull Level level,
    Long areaId,
    @NotNull Breakdown breakdown)
    implements Serializable {

  public Period period() {
    return Period.containing(type, day);
  }
}
