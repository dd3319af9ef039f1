package org.casedesk.volunteer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A service a unit gave, with the residents who received it. */
public record NewUnitService(
    @NotNull(message = "{member.community.required}") Long communityId,
    Long gridId,
    @NotNull(message = "{volunteer.unit.required}") Long unitId,
    @NotNull(message = "{volunteer.type.required}") ServiceType type,
    @NotBlank(message = "{volunteer.title.required}")
        @Size(max = 100, message = "{volunteer.title.size}")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
        String title,
    @NotNull(message = "{volunteer.servedOn.required}") LocalDate servedOn,
    @NotEmpty(message = "{volunteer.recipients.required}")
        @Size(max = 500, message = "{volunteer.participants.size}")
        List<@NotNull Long> residentIds)
    implements Serializable {}
