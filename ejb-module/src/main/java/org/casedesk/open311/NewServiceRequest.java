package org.casedesk.open311;

import java.io.Serializable;
import java.util.Map;

/**
 * A POST requests as the client sent it, checked by {@link Open311Service} (every wrong field is
 * reported at once). {@code attributes} are the {@code attribute[code]} values.
 */
public record NewServiceRequest(
    String serviceCode,
    String description,
    String addressId,
    String addressString,
    String lat,
    String lng,
    String firstName,
    String lastName,
    String phone,
    String externalId,
    Map<String, String> attributes)
    implements Serializable {

  /** first and last name as one Chinese name (family name first), or null. */
  public String contactName() {
    String name =
        (blank(lastName) ? "" : lastName.strip()) + (blank(firstName) ? "" : firstName.strip());
    return name.isEmpty() ? null : name;
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
