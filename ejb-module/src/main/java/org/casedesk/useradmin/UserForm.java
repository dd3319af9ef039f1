package org.casedesk.useradmin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A new user ({@code id} null) or the changes to one, at the version the administrator saw: login,
 * name, role, the area of the role (community, grid, member unit) and the committee member the
 * login belongs to.
 */
public record UserForm(
    Long id,
    long version,
    @NotBlank(message = "{user.username.required}")
        @Pattern(regexp = "[a-z0-9_.-]{3,40}", message = "{user.username.pattern}")
        String username,
    @NotBlank(message = "{user.displayName.required}")
        @Size(max = 60, message = "{user.displayName.size}")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
        String displayName,
    @NotBlank(message = "{user.role.required}") String role,
    Long communityId,
    Long gridId,
    Long memberUnitId,
    Long memberId)
    implements Serializable {}
