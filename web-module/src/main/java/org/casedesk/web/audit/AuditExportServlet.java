package org.casedesk.web.audit;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.casedesk.audit.AuditAction;
import org.casedesk.audit.AuditFilter;
import org.casedesk.audit.AuditItem;
import org.casedesk.audit.AuditService;
import org.casedesk.shared.BusinessException;
import org.casedesk.web.reports.TableFiles;
import org.casedesk.web.security.UserSession;
import org.casedesk.web.shared.Messages;

/**
 * Downloads the audit log as the screen filters it: {@code /admin/audit/export?format=csv|xlsx}
 * plus the filter's parameters (user, resident, action, from, to). ADMIN only (web.xml and the
 * service); the service writes the export itself to the audit log. Bad parameters are a 400.
 */
@WebServlet("/admin/audit/export")
public class AuditExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Inject private transient AuditService audit;
  @Inject private transient UserSession session;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String format = String.valueOf(request.getParameter("format")).toUpperCase(Locale.ROOT);
    AuditFilter filter;
    try {
      String action = request.getParameter("action");
      filter =
          new AuditFilter(
              request.getParameter("user"),
              request.getParameter("resident"),
              action == null || action.isBlank() ? null : AuditAction.valueOf(action),
              day(request.getParameter("from")),
              day(request.getParameter("to")));
    } catch (IllegalArgumentException | DateTimeException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    List<AuditItem> items;
    try {
      items = audit.export(filter, format);
    } catch (EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } catch (BusinessException | EJBException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, session.getLocale());
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
    TableFiles.send(response, "casedesk-audit", "XLSX".equals(format), "audit", header, rows);
  }

  private static LocalDate day(String text) {
    return text == null || text.isBlank() ? null : LocalDate.parse(text);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
