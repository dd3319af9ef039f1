package org.casedesk.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.casedesk.audit.AuditItem;
import org.casedesk.audit.AuditService;

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
}
