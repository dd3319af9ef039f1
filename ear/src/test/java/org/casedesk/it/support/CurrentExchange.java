package org.casedesk.it.support;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Test-only filter: remembers the request and response an in-container test runs in. */
@WebFilter("/*")
public class CurrentExchange implements Filter {

  private static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();
  private static final ThreadLocal<HttpServletResponse> RESPONSE = new ThreadLocal<>();

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    REQUEST.set((HttpServletRequest) request);
    RESPONSE.set((HttpServletResponse) response);
    try {
      chain.doFilter(request, response);
    } finally {
      REQUEST.remove();
      RESPONSE.remove();
    }
  }

  static HttpServletRequest request() {
    return REQUEST.get();
  }

  static HttpServletResponse response() {
    return RESPONSE.get();
  }
}
