package org.casedesk.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A new project; {@code parts} are the pieces units can claim one by one (none: the project is
 * claimed as a whole).
 */
public record NewProject(
    @NotBlank(message = "{project.title.required}")
        @Size(max = 100, message = "{project.title.size}")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
        String title,
    @NotBlank(message = "{project.description.required}")
        @Size(max = 2000, message = "{project.description.size}")
        @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
        String description,
    @NotNull(message = "{member.community.required}") Long communityId,
    Long gridId,
    @Size(max = 100, message = "{project.place.size}")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
        String place,
    LocalDate dueOn,
    @Size(max = 20, message = "{project.parts.size}")
        List<
                @Size(max = 100, message = "{project.part.size}")
                @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}") String>
            parts)
    implements Serializable {}
