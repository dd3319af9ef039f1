package org.casedesk.volunteer;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** One participant: exactly one of a member, a resident or the name of another volunteer. */
public record NewParticipant(
    Long memberId,
    Long residentId,
    @Size(max = 60, message = "{volunteer.name.size}")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
        String name,
    @NotNull(message = "{volunteer.hours.range}")
        @DecimalMin(value = "0", inclusive = false, message = "{volunteer.hours.range}")
        @DecimalMax(value = "24", message = "{volunteer.hours.range}")
        @Digits(integer = 2, fraction = 2, message = "{volunteer.hours.range}")
        BigDecimal hours)
    implements Serializable {}
