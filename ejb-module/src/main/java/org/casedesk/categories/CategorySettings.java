package org.casedesk.categories;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;

/**
 * What ADMIN sets on a category: the limit in working days, or in clock hours when {@code
 * limitHours} is set; the warning threshold in hours before the due time; the sign-for limit in
 * working hours; the default responsible unit (may be null).
 */
public record CategorySettings(
    @Min(value = 0, message = "{category.limit.range}")
        @Max(value = 60, message = "{category.limit.range}")
        int limitDays,
    @Min(value = 1, message = "{category.hours.range}")
        @Max(value = 72, message = "{category.hours.range}")
        Integer limitHours,
    @Min(value = 0, message = "{category.warn.range}")
        @Max(value = 240, message = "{category.warn.range}")
        int warnHours,
    @Min(value = 1, message = "{category.sign.range}")
        @Max(value = 40, message = "{category.sign.range}")
        int signHours,
    Long defaultUnitId)
    implements Serializable {

  public TimeLimit limit() {
    return new TimeLimit(limitDays, limitHours);
  }
}
