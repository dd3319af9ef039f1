package org.casedesk.pairing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A visit to log: the day, the form and what was talked about. */
public record NewVisit(
    @NotNull(message = "{visit.date.required}") @PastOrPresent(message = "{visit.date.future}")
        LocalDate visitedOn,
    @NotNull(message = "{visit.form.required}") VisitForm form,
    @NotBlank(message = "{visit.notes.required}")
        @Size(max = 2000, message = "{visit.notes.size}")
        @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
        String notes)
    implements Serializable {}
