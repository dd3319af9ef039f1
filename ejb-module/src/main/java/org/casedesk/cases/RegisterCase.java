package org.casedesk.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.casedesk.categories.Channel;
import org.casedesk.residents.NewResident;

/**
 * What the help desk enters for a new case: an existing resident ({@code residentId}) or a new one
 * ({@code newResident}), or neither for an anonymous request; optionally the earlier case it
 * repeats, or the answer given on the spot (直接答复) instead of a dispatch; the grid the location was
 * picked under (checked: a location outside it is refused), the entry form's one-time token (a
 * second submit of the same form returns the case the first one saved) and a free-text detail of
 * the location. The location is any node from the grid down: grid, courtyard, entrance, flat or
 * public place.
 */
public record RegisterCase(
    Long residentId,
    @Valid NewResident newResident,
    @NotNull(message = "{case.location.required}") Long locationId,
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
        String directAnswer,
    Long gridId,
    @Size(max = 40, message = "{form.token.invalid}")
        @Pattern(regexp = "[A-Za-z0-9-]*", message = "{form.token.invalid}")
        String requestToken,
    @Size(max = 200, message = "{case.locationDetail.size}")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
        String locationDetail)
    implements Serializable {

  /** Without a detail of the location. */
  public RegisterCase(
      Long residentId,
      NewResident newResident,
      Long locationId,
      Long categoryId,
      Channel channel,
      String description,
      boolean anonymous,
      Long repeatOfId,
      String directAnswer,
      Long gridId,
      String requestToken) {
    this(
        residentId,
        newResident,
        locationId,
        categoryId,
        channel,
        description,
        anonymous,
        repeatOfId,
        directAnswer,
        gridId,
        requestToken,
        null);
  }

  /**
   * Without the grid the address was picked under (then not checked) and without a form token (then
   * a second submit saves a second case).
   */
  public RegisterCase(
      Long residentId,
      NewResident newResident,
      Long locationId,
      Long categoryId,
      Channel channel,
      String description,
      boolean anonymous,
      Long repeatOfId,
      String directAnswer) {
    this(
        residentId,
        newResident,
        locationId,
        categoryId,
        channel,
        description,
        anonymous,
        repeatOfId,
        directAnswer,
        null,
        null);
  }

  /** A case to dispatch, not linked to an earlier one. */
  public RegisterCase(
      Long residentId,
      NewResident newResident,
      Long locationId,
      Long categoryId,
      Channel channel,
      String description,
      boolean anonymous) {
    this(
        residentId,
        newResident,
        locationId,
        categoryId,
        channel,
        description,
        anonymous,
        null,
        null);
  }

  /** The same entry as a slip from the suggestion box: that channel, never answered on the spot. */
  public RegisterCase fromSuggestionBox() {
    return new RegisterCase(
        residentId,
        newResident,
        locationId,
        categoryId,
        Channel.SUGGESTION_BOX,
        description,
        anonymous,
        null,
        null,
        gridId,
        requestToken,
        locationDetail);
  }

  /** 直接答复: the help desk answered on the spot, nothing to dispatch. */
  public boolean answeredOnTheSpot() {
    return directAnswer != null && !directAnswer.isBlank();
  }
}
