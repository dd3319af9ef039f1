package org.casedesk.shared;

/** Server-side masking of personal data (DOMAIN.md, Privacy): 138****5678, 6201**********123X. */
public final class Masking {

  private Masking() {}

  public static String phone(String phone) {
    if (phone == null || phone.isBlank()) {
      return "";
    }
    if (phone.length() < 7) {
      return "*".repeat(phone.length());
    }
    return phone.substring(0, 3)
        + "*".repeat(phone.length() - 7)
        + phone.substring(phone.length() - 4);
  }

  public static String idNumber(String id) {
    if (id == null || id.isBlank()) {
      return "";
    }
    if (id.length() < 8) {
      return "*".repeat(id.length());
    }
    return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
  }
}
