package org.casedesk.audit;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the audit screen filters by, every part optional: a user (login or name of whoever acted, or
 * login of the user an action was about), a resident (start of the name), an action and a range of
 * days (Asia/Shanghai, both included).
 */
public record AuditFilter(
    @Size(max = 60) String user,
    @Size(max = 40) String resident,
    AuditAction action,
    LocalDate from,
    LocalDate to)
    implements Serializable {

  public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

  /** The filter as one line of the export's audit entry. */
  public String describe() {
    StringBuilder s = new StringBuilder();
    append(s, "user", user);
    append(s, "resident", resident == null || resident.isBlank() ? null : "…");
    append(s, "action", action);
    append(s, "from", from);
    append(s, "to", to);
    return s.toString();
  }

  private static void append(StringBuilder s, String name, Object value) {
    if (value != null && !value.toString().isBlank()) {
      s.append(s.length() == 0 ? "" : ", ").append(name).append('=').append(value);
    }
  }
}
