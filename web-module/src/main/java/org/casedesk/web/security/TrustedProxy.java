package org.casedesk.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The reverse proxy's forwarded headers, believed only from the proxy: from an address listed in
 * {@code casedesk.proxy.trusted-addresses} (comma-separated; none by default), {@code
 * X-Forwarded-For} names the client and {@code X-Forwarded-Host} the host the browser used; from
 * any other address they are ignored, so a client cannot pose as another address or host.
 */
final class TrustedProxy {

  private TrustedProxy() {}

  /** The client's address: the last hop the proxy appended, or the connection's peer. */
  static String clientAddress(HttpServletRequest request) {
    String forwarded = forwarded(request, "X-Forwarded-For");
    if (forwarded == null) {
      return request.getRemoteAddr();
    }
    String[] hops = forwarded.split(",");
    String last = hops[hops.length - 1].trim();
    return last.isEmpty() ? request.getRemoteAddr() : last;
  }

  /** The host (with port) the browser sent to the proxy, or {@code null}. */
  static String forwardedHost(HttpServletRequest request) {
    String host = forwarded(request, "X-Forwarded-Host");
    return host == null ? null : host.trim();
  }

  private static String forwarded(HttpServletRequest request, String header) {
    String value = request.getHeader(header);
    return value != null && trusted().contains(request.getRemoteAddr()) ? value : null;
  }

  private static Set<String> trusted() {
    return ConfigProvider.getConfig()
        .getOptionalValue("casedesk.proxy.trusted-addresses", String.class)
        .map(list -> Arrays.stream(list.split(",")).map(String::trim).collect(Collectors.toSet()))
        .orElse(Set.of());
  }
}
