package org.casedesk.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie carries Secure when CaseDesk runs behind TLS ({@code
 * casedesk.session.secure-cookie=true}; the reverse proxy terminates TLS, so the container itself
 * cannot tell).
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean secure =
        ConfigProvider.getConfig()
            .getOptionalValue("casedesk.session.secure-cookie", Boolean.class)
            .orElse(false);
    event.getServletContext().getSessionCookieConfig().setSecure(secure);
  }
}
