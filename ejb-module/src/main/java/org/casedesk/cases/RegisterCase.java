package org.casedesk.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.casedesk.residents.NewResident;

/**
 * What the help desk enters for a new case: an existing resident ({@code residentId}) or a new one
 * ({@code newResident}), or neither for an anonymous request; optionally the earlier case it
 * repeats, or the answer given on the spot (直接答复) instead of a dispatch.
 */
public record RegisterCase(
    Long residentId,
    @Valid NewResident newResident,
    @NotNull(message = "{case.flat.required}") Long flatId,
    @NotNull(message = "{case.category.required}") Long categoryId,
    @NotNull(message = "{case.channel.required}") Channel channel,
    @NotBlank(message = "{case.description.required}")
        @Size(max = 2000, message = "{case.description.size}")
        @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
        String description,
    boolean anonymous,
    Long repeatOfId,
    @Size(max = 2000, message = "{case.reply.size}")
        @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
        String directAnswer)
    implements Serializable {

  /** A case to dispatch, not linked to an earlier one. */
  public RegisterCase(
      Long residentId,
      NewResident newResident,
      Long flatId,
      Long categoryId,
      Channel channel,
      String description,
      boolean anonymous) {
    this(residentId, newResident, flatId, categoryId, channel, description, anonymous, null, null);
  }

  /** 直接答复: the help desk answered on the spot, nothing to dispatch. */
  public boolean answeredOnTheSpot() {
    return directAnswer != null && !directAnswer.isBlank();
  }
}
