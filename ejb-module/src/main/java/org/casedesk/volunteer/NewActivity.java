package org.casedesk.volunteer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A new volunteer activity with its participants and their hours. */
public record NewActivity(
    @NotNull(message = "{member.community.required}") Long communityId,
    Long gridId,
    @NotNull(message = "{volunteer.type.required}") ActivityType type,
    @NotBlank(message = "{volunteer.title.required}")
        @Size(max = 100, message = "{volunteer.title.size}")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
        String title,
    @NotNull(message = "{volunteer.heldAt.required}") LocalDateTime heldAt,
    @Size(max = 100, message = "{project.place.size}")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
        String place,
    Long organiserUnitId,
    @NotEmpty(message = "{volunteer.participants.required}")
        @Size(max = 200, message = "{volunteer.participants.size}")
        List<@NotNull @Valid NewParticipant> participants)
    implements Serializable {}
