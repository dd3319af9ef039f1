package org.casedesk.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * On every request before the application sees it: a session id in the URL is never used, unsafe
 * methods are refused, a POST from a foreign origin is refused, the security headers are set, and
 * the application's redirects name no host (so a forged Host header is not echoed). Faces pages get
 * their Content-Security-Policy with a nonce from PrimeFaces ({@code primefaces.CSP} in web.xml);
 * every other response gets the same policy without the nonce. Behind a reverse proxy, the proxy
 * passes the Host (or X-Forwarded-Host, believed from the proxy only: {@link TrustedProxy}) the
 * browser used.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR},
    asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The policy of responses that are not Faces pages: the pages' policy, without the nonce. */
  private String otherPolicy;

  @Override
  public void init() {
    otherPolicy = getServletContext().getInitParameter("primefaces.CSP_POLICY");
  }

  private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      // The error page is a page of its own, never a postback of the form that failed (whose
      // view state and CSP nonce it does not have).
      chain.doFilter(new WithoutParameters(request), response);
      return;
    }
    String uri = request.getRequestURI();
    if (request.isRequestedSessionIdFromURL()
        || uri.toLowerCase(Locale.ROOT).contains(";jsessionid")) {
      // The session id travels in the cookie only: the same address without it, and no session.
      response.setStatus(HttpServletResponse.SC_FOUND);
      response.setHeader("Location", withoutPathParameters(uri, request.getQueryString()));
      return;
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader(
        "Permissions-Policy",
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
    String path = uri.substring(request.getContextPath().length());
    boolean staticResource =
        path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    if (!staticResource) {
      // Pages and files may show personal data: never kept by the browser or a proxy.
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
    if (!path.endsWith(".xhtml")) {
      response.setHeader("Content-Security-Policy", otherPolicy);
    }
    if (!METHODS.contains(request.getMethod())) {
      response.setHeader("Allow", "GET, HEAD, POST");
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    if ("POST".equals(request.getMethod()) && !sameOrigin(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, new HostlessRedirects(request, response));
  }

  /**
   * A POST must come from a page of this application: its Origin (or, without one, its Referer)
   * names the host the request was sent to. Requests with neither (not from a browser) pass.
   */
  static boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null) {
      origin = request.getHeader("Referer");
    }
    if (origin == null) {
      return true;
    }
    try {
      String authority = URI.create(origin.trim()).getRawAuthority();
      return authority != null
          && (authority.equalsIgnoreCase(trimmed(request.getHeader("Host")))
              || authority.equalsIgnoreCase(TrustedProxy.forwardedHost(request)));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String trimmed(String header) {
    return header == null ? null : header.trim();
  }

  private static String withoutPathParameters(String uri, String query) {
    int semicolon = uri.indexOf(';');
    String path = semicolon < 0 ? uri : uri.substring(0, semicolon);
    return query == null ? path : path + "?" + query;
  }

  /** A request without its parameters. */
  private static final class WithoutParameters extends HttpServletRequestWrapper {

    WithoutParameters(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }
  }

  /**
   * Redirects of the application as paths (RFC 7231 allows them): the container would otherwise
   * prefix them with the scheme and the Host header of the request, whatever a client put there.
   */
  private static final class HostlessRedirects extends HttpServletResponseWrapper {

    private final HttpServletRequest request;

    HostlessRedirects(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      String path = ownPath(location);
      if (path == null) {
        super.sendRedirect(location);
        return;
      }
      resetBuffer();
      setStatus(SC_FOUND);
      setHeader("Location", path);
      flushBuffer();
    }

    /** The location as a path when it points into this server, else {@code null}. */
    private String ownPath(String location) {
      URI target;
      try {
        target = URI.create(request.getRequestURI()).resolve(location);
      } catch (IllegalArgumentException e) {
        return null;
      }
      if (target.getRawAuthority() != null) {
        String host = request.getHeader("Host");
        if (host == null || !target.getRawAuthority().equalsIgnoreCase(host)) {
          return null;
        }
      }
      String path = target.getRawPath();
      return target.getRawQuery() == null ? path : path + "?" + target.getRawQuery();
    }
  }
}
