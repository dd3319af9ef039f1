package org.casedesk.it.support;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Added to a test deployment, for statuses the application's own paths give rarely or never on
 * purpose: {@code /it-errors/406} answers that status, {@code /it-errors/fail} throws an exception
 * whose message ({@link #INTERNAL}) must not reach the client.
 */
@WebServlet("/it-errors/*")
public class ErrorTrigger extends HttpServlet {

  /** What a stack trace would show. */
  public static final String INTERNAL = "internal-detail-of-the-failure";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String what = request.getPathInfo().substring(1);
    if (what.equals("fail")) {
      throw new IllegalStateException(INTERNAL);
    }
    response.sendError(Integer.parseInt(what));
  }
}
