package org.casedesk.web.reports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.casedesk.reports.Report;
import org.casedesk.reports.ReportService;
import org.casedesk.web.shared.Messages;

/**
 * Downloads the report shown on reports/report.xhtml: {@code /reports/export?format=xlsx|pdf|csv}
 * plus the page's own query parameters. Officials only (web.xml); the service scopes the figures
 * and logs the export in the audit log.
 */
@WebServlet("/reports/export")
public class ReportExportServlet extends ExportServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient ReportService reports;

  @Override
  protected Download export(
      Function<String, String> parameter, String format, Locale locale, LocalDateTime now) {
    ReportFiles file = ReportFiles.valueOf(format);
    Report report =
        reports.export(ReportParameters.from(parameter).query(now.toLocalDate()), file.name());
    ReportTables tables =
        new ReportTables(report, ResourceBundle.getBundle(Messages.BUNDLE, locale), locale, false);
    return new Download(
        "casedesk-report-" + report.period().label() + "." + file.extension(),
        file.contentType(),
        file.write(tables, now));
  }
}
