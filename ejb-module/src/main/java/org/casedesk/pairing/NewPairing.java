package org.casedesk.pairing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.io.Serializable;
import java.time.LocalDate;

/** Pairs a member with a resident for one of the resident's vulnerable groups. */
public record NewPairing(
    @NotNull(message = "{pairing.member.required}") Long memberId,
    @NotNull(message = "{pairing.resident.required}") Long residentId,
    @NotBlank(message = "{pairing.tag.required}") String tag,
    @NotNull(message = "{pairing.startedOn.required}")
        @PastOrPresent(message = "{pairing.startedOn.future}")
        LocalDate startedOn)
    implements Serializable {}
