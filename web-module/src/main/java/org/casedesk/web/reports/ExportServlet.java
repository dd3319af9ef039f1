package org.casedesk.web.reports;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.Function;
import org.casedesk.shared.BusinessException;
import org.casedesk.web.security.UserSession;

/**
 * A download of the export servlets (report, case search, audit log): {@code ?format=…} plus the
 * page's own parameters. The subclass parses them and calls its service, which checks the roles and
 * writes the export to the audit log; this class answers a malformed parameter or a refusal with
 * 400, a caller without the role with 403, and sends the file as an attachment.
 */
public abstract class ExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient UserSession session;
  @Inject private transient Clock clock;

  /** A file to send: its full name, content type and bytes. */
  public record Download(String fileName, String contentType, byte[] bytes) {}

  /** What the page asks for as a file; a malformed parameter throws. */
  protected abstract Download export(
      Function<String, String> parameter, String format, Locale locale, LocalDateTime now);

  @Override
  protected final void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String format = String.valueOf(request.getParameter("format")).toUpperCase(Locale.ROOT);
    Download file;
    try {
      file = export(request::getParameter, format, session.getLocale(), LocalDateTime.now(clock));
    } catch (EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } catch (IllegalArgumentException | DateTimeException | BusinessException | EJBException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    response.setContentType(file.contentType());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
    response.setContentLength(file.bytes().length);
    response.getOutputStream().write(file.bytes());
  }
}
