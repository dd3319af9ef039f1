package org.casedesk.web.cases;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.casedesk.cases.AttachmentService;
import org.casedesk.cases.FileContent;
import org.casedesk.shared.BusinessException;

/**
 * Serves a case's files: {@code /files/{id}} and {@code /files/{id}/thumb}. The service decides who
 * may see them; what it refuses is a 404. Images show inline, everything else downloads, and the
 * browser is told not to guess types.
 */
@WebServlet("/files/*")
public class FileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient AttachmentService attachments;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String[] parts =
        request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
    FileContent file;
    try {
      long id = Long.parseLong(parts.length > 1 ? parts[1] : "");
      boolean thumbnail = parts.length > 2 && "thumb".equals(parts[2]);
      file = attachments.content(id, thumbnail);
    } catch (NumberFormatException | BusinessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    boolean image = file.contentType().startsWith("image/");
    response.setContentType(file.contentType());
    response.setContentLength(file.bytes().length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader(
        "Content-Disposition",
        (image ? "inline" : "attachment")
            + "; filename*=UTF-8''"
            + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    response.getOutputStream().write(file.bytes());
  }
}
