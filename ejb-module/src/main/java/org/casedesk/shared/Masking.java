package org.casedesk.shared;

/**
 * Server-side masking of personal data (DOMAIN.md, Privacy): 138****5678, 6201**********123X, and
 * names for member-unit staff: 王**.
 */
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

  /** A name shown to those who may not know who called: the surname only, 王** . */
  public static String name(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    int first = name.offsetByCodePoints(0, 1);
    return name.substring(0, first)
        + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
  }
}
