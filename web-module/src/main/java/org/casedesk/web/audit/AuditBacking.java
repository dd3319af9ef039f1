package org.casedesk.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.casedesk.audit.AuditAction;
import org.casedesk.audit.AuditFilter;
import org.casedesk.audit.AuditItem;
import org.casedesk.audit.AuditService;
import org.casedesk.web.shared.Messages;

/**
 * The audit log screen: the newest 1,000 lines matching the filter (user, resident, action, days),
 * which comes from the URL so a filtered view can be bookmarked and exported as it is.
 */
@Named
@RequestScoped
public class AuditBacking {

  @Inject private AuditService audit;

  private String user;
  private String resident;
  private AuditAction action;
  private LocalDate from;
  private LocalDate to;

  private List<AuditItem> entries;

  public List<AuditItem> getEntries() {
    if (entries == null) {
      entries = List.of();
      Messages.attempt(() -> entries = audit.search(filter(), 1000));
    }
    return entries;
  }

  /** Reloads the page with the filter in the URL. */
  public String apply() {
    return "/admin/audit?faces-redirect=true&includeViewParams=true";
  }

  /** The export's address for a format, with the current filter. */
  public String exportUrl(String format) {
    StringBuilder url = new StringBuilder("audit/export?format=").append(format);
    param(url, "user", user);
    param(url, "resident", resident);
    param(url, "action", action);
    param(url, "from", from);
    param(url, "to", to);
    return url.toString();
  }

  private static void param(StringBuilder url, String name, Object value) {
    if (value != null && !value.toString().isBlank()) {
      url.append('&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
    }
  }

  private AuditFilter filter() {
    return new AuditFilter(user, resident, action, from, to);
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getResident() {
    return resident;
  }

  public void setResident(String resident) {
    this.resident = resident;
  }

  public AuditAction getAction() {
    return action;
  }

  public void setAction(AuditAction action) {
    this.action = action;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
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
