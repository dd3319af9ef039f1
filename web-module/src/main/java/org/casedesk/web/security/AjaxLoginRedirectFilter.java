package org.casedesk.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.omnifaces.util.Servlets;

/**
 * An ajax request whose session had expired is redirected to the login page by the container, and
 * the browser fetches that page with the ajax request's headers: Faces would answer it as a broken
 * ajax request (the error page). Instead, the page that sent it (its Referer, path and query only)
 * is told to open itself again: it then asks for the login and comes back to that very page, where
 * drafts.js puts the typed texts back.
 */
@WebFilter(urlPatterns = "/login.xhtml")
public class AjaxLoginRedirectFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"GET".equals(request.getMethod()) || !Servlets.isFacesAjaxRequest(request)) {
      chain.doFilter(request, response);
      return;
    }
    // drafts.js keeps the page's typed texts when it sees this
    response.setHeader("X-CaseDesk-Login", "required");
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"")
        .append(xml(page(request)))
        .append("\"/></partial-response>");
  }

  /** The sending page on this server, never another host; else the login page. */
  static String page(HttpServletRequest request) {
    String login = request.getContextPath() + "/login.xhtml";
    String referer = request.getHeader("Referer");
    if (referer == null) {
      return login;
    }
    try {
      URI uri = new URI(referer);
      String path = uri.getRawPath();
      if (path == null || !path.startsWith(request.getContextPath() + "/")) {
        return login;
      }
      return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    } catch (java.net.URISyntaxException e) {
      return login;
    }
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
