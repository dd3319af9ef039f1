package org.casedesk.web.cases;

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
import org.casedesk.cases.CaseFilter;
import org.casedesk.cases.CaseSearchService;
import org.casedesk.cases.CaseState;
import org.casedesk.cases.CaseSummary;
import org.casedesk.cases.ReportFigure;
import org.casedesk.categories.Channel;
import org.casedesk.web.reports.ExportServlet;
import org.casedesk.web.reports.TableFiles;
import org.casedesk.web.shared.Messages;

/**
 * Downloads the case search's results: {@code /search/export?format=csv|xlsx} plus the search
 * page's own parameters (the same address, so what was bookmarked can be exported). The roles of
 * the search (web.xml and the service); the service writes the export to the audit log.
 */
@WebServlet("/search/export")
public class CaseSearchExportServlet extends ExportServlet {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject private transient CaseSearchService search;

  @Override
  protected Download export(
      Function<String, String> parameter, String format, Locale locale, LocalDateTime now) {
    List<CaseSummary> cases = search.export(filter(parameter), format);
    ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
    List<String> header =
        List.of(
            bundle.getString("case.no"),
            bundle.getString("case.category"),
            bundle.getString("case.address"),
            bundle.getString("case.state"),
            bundle.getString("case.acceptedAt"),
            bundle.getString("case.dueAt"));
    List<List<String>> rows = new ArrayList<>();
    for (CaseSummary c : cases) {
      rows.add(
          List.of(
              c.caseNo(),
              c.category().in(locale),
              c.address(),
              bundle.getString("state." + c.state()),
              c.acceptedAt() == null ? "" : AT.format(c.acceptedAt()),
              c.dueAt() == null ? "" : AT.format(c.dueAt())));
    }
    return TableFiles.download(
        "casedesk-cases",
        "XLSX".equals(format),
        bundle.getString("search.title"),
        header,
        rows,
        now.toLocalDate());
  }

  /** The search page's parameters as a filter; a malformed one throws. */
  static CaseFilter filter(Function<String, String> parameter) {
    Function<String, String> p = name -> blankToNull(parameter.apply(name));
    return new CaseFilter(
        p.apply("state") == null ? null : CaseState.valueOf(p.apply("state")),
        id(p.apply("category")),
        id(p.apply("grid")),
        p.apply("channel") == null ? null : Channel.valueOf(p.apply("channel")),
        day(p.apply("from")),
        day(p.apply("to")),
        Boolean.parseBoolean(p.apply("overdue")),
        id(p.apply("community")),
        id(p.apply("unit")),
        day(p.apply("closedFrom")),
        day(p.apply("closedTo")),
        day(p.apply("dueFrom")),
        day(p.apply("dueTo")),
        p.apply("figure") == null ? null : ReportFigure.valueOf(p.apply("figure")),
        day(p.apply("figureFrom")),
        day(p.apply("figureTo")),
        p.apply("q"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static Long id(String s) {
    return s == null ? null : Long.valueOf(s);
  }

  private static LocalDate day(String s) {
    return s == null ? null : LocalDate.parse(s);
  }
}
