package org.casedesk.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A decision: the task, its owner (a unit or a member, exactly one) and its deadline. */
public record NewDecision(
    @NotBlank(message = "{decision.text.required}")
        @Size(max = 2000, message = "{decision.text.size}")
        @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
        String text,
    Long ownerUnitId,
    Long ownerMemberId,
    @NotNull(message = "{decision.dueOn.required}") LocalDate dueOn)
    implements Serializable {}
