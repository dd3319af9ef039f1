package org.casedesk.residents;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * Input for creating a resident while registering a case. The name's length is checked on the
 * service parameter (a name over it is refused with a message naming the field, never cut), the
 * rest on the entity.
 */
public record NewResident(
    @Size(max = 40, message = "{resident.name.size}") String name, String phone, String idNumber)
    implements Serializable {}
