package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Behind TLS ({@code casedesk.session.secure-cookie=true}) the session cookie carries Secure, so a
 * browser never sends it over plain HTTP. The setting comes from the application's own MicroProfile
 * Config file here (the Micro under test is shared by every IT and gets no such system property);
 * {@link HardenedWebSecurityIT} shows the cookie without Secure by default.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecureSessionCookieIT {

  private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

  @Deployment(testable = false)
  static WebArchive deployment() {
    WebArchive war = Deployments.microWar();
    String config;
    try (InputStream in = war.get(CONFIG).getAsset().openStream()) {
      config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    war.delete(CONFIG);
    return war.addAsWebInfResource(
        new StringAsset(config + "\ncasedesk.session.secure-cookie=true\n"),
        "classes/META-INF/microprofile-config.properties");
  }

  @ArquillianResource private URL baseUrl;

  @Test
  void theSessionCookieIsSecureWhenTheSettingIsOn() throws Exception {
    assertThat(new WebClient(baseUrl).newSessionCookie())
        .containsIgnoringCase("; Secure")
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Lax");
  }
}
