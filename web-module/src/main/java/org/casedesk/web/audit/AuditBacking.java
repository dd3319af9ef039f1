package org.casedesk.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.casedesk.audit.AuditItem;
import org.casedesk.audit.AuditService;
import org.casedesk.web.shared.Messages;

/** The audit log screen: the newest 1,000 lines. */
@Named
@RequestScoped
public class AuditBacking {

  @Inject private AuditService audit;

  private List<AuditItem> entries;

  public List<AuditItem> getEntries() {
    if (entries == null) {
      entries = audit.latest(1000);
    }
    return entries;
  }

  /**
   * An audit note in the UI language: the service writes fixed English words ("caller, name
   * masked"); each known part is translated, anything else (an export's parameters) stays.
   */
  public String note(String detail) {
    if (detail == null || detail.isBlank()) {
      return "";
    }
    return Arrays.stream(detail.split(", "))
        .map(part -> Messages.textOr("audit.note." + part, part))
        .collect(Collectors.joining(Messages.text("audit.note.separator")));
  }
}
