package org.casedesk.web.reports;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.casedesk.reports.Report;
import org.casedesk.reports.ReportQuery;
import org.casedesk.reports.ReportService;
import org.casedesk.web.security.UserSession;
import org.casedesk.web.shared.Messages;

/**
 * Downloads the report shown on reports/report.xhtml: {@code /reports/export?format=xlsx|pdf|csv}
 * plus the page's own query parameters. Officials only (web.xml); the service scopes the figures
 * and logs the export in the audit log. Bad parameters are a 400.
 */
@WebServlet("/reports/export")
public class ReportExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient ReportService reports;
  @Inject private transient UserSession session;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ReportFiles format;
    ReportQuery query;
    try {
      format =
          ReportFiles.valueOf(
              String.valueOf(request.getParameter("format")).toUpperCase(Locale.ROOT));
      query = ReportParameters.from(request::getParameter).query();
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Report report;
    try {
      report = reports.export(query, format.name());
    } catch (EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } catch (org.casedesk.shared.BusinessException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Locale locale = session.getLocale();
    ReportTables tables =
        new ReportTables(report, ResourceBundle.getBundle(Messages.BUNDLE, locale), locale, false);
    byte[] file = format.write(tables);
    response.setContentType(format.contentType());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"casedesk-report-"
            + report.period().label()
            + "."
            + format.extension()
            + "\"");
    response.setContentLength(file.length);
    response.getOutputStream().write(file);
  }
}
