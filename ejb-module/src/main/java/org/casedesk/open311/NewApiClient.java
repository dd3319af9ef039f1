package org.casedesk.open311;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.casedesk.categories.Channel;

/** What ADMIN enters for a new API client. */
public record NewApiClient(
    @NotBlank(message = "{apiClient.name.required}")
        @Size(max = 60, message = "{apiClient.name.size}")
        String name,
    @NotNull(message = "{apiClient.channel.required}") Channel channel,
    @Min(value = 1, message = "{apiClient.rate.range}")
        @Max(value = 100_000, message = "{apiClient.rate.range}")
        int ratePerMinute)
    implements Serializable {}
