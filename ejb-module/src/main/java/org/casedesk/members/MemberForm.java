package org.casedesk.members;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A new member ({@code id} null) or the changes to one, at the version the user saw. */
public record MemberForm(
    Long id,
    long version,
    @NotBlank(message = "{member.name.required}")
        @Size(max = 60, message = "{member.name.size}")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
        String name,
    @NotNull(message = "{member.kind.required}") MemberKind kind,
    @Size(max = 30, message = "{member.position.size}")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
        String position,
    Long unitId,
    @NotNull(message = "{member.community.required}") Long communityId,
    Long gridId,
    LocalDate joinedOn,
    Long userId)
    implements Serializable {}
