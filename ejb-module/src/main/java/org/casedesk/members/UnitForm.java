package org.casedesk.members;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A new member unit ({@code id} null) or the changes to one, at the version the user saw. */
public record UnitForm(
    Long id,
    long version,
    @NotBlank(message = "{unit.name.required}")
        @Size(max = 100, message = "{unit.name.size}")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
        String name,
    @NotNull(message = "{unit.kind.required}") UnitKind kind,
    Long communityId,
    @Size(max = 100, message = "{unit.contact.size}")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
        String contact)
    implements Serializable {}
