package org.casedesk.web.audit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.casedesk.audit.AuditAction;
import org.casedesk.audit.AuditFilter;
import org.casedesk.audit.AuditItem;
import org.casedesk.audit.AuditService;
import org.casedesk.web.reports.ExportServlet;
import org.casedesk.web.reports.TableFiles;
import org.casedesk.web.shared.Messages;

/**
 * Downloads the audit log as the screen filters it: {@code /admin/audit/export?format=csv|xlsx}
 * plus the filter's parameters (user, resident, action, from, to). ADMIN only (web.xml and the
 * service); the service writes the export itself to the audit log.
 */
@WebServlet("/admin/audit/export")
public class AuditExportServlet extends ExportServlet {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Inject private transient AuditService audit;

  @Override
  protected Download export(
      Function<String, String> parameter, String format, Locale locale, LocalDateTime now) {
    String action = parameter.apply("action");
    AuditFilter filter =
        new AuditFilter(
            parameter.apply("user"),
            parameter.apply("resident"),
            action == null || action.isBlank() ? null : AuditAction.valueOf(action),
            day(parameter.apply("from")),
            day(parameter.apply("to")));
    List<AuditItem> items = audit.export(filter, format);
    ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
    List<String> header =
        List.of(
            bundle.getString("history.at"),
            bundle.getString("history.actor"),
            bundle.getString("users.username"),
            bundle.getString("audit.action"),
            bundle.getString("case.no"),
            bundle.getString("audit.resident"),
            bundle.getString("audit.subject"),
            bundle.getString("history.note"));
    List<List<String>> rows = new ArrayList<>();
    for (AuditItem a : items) {
      rows.add(
          List.of(
              AT.format(a.at()),
              a.actor(),
              a.actorLogin(),
              bundle.getString("audit." + a.action()),
              orEmpty(a.caseNo()),
              orEmpty(a.resident()),
              orEmpty(a.subjectLogin()),
              orEmpty(a.detail())));
    }
    return TableFiles.download(
        "casedesk-audit", "XLSX".equals(format), "audit", header, rows, now.toLocalDate());
  }

  private static LocalDate day(String text) {
    return text == null || text.isBlank() ? null : LocalDate.parse(text);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
