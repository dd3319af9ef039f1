package org.casedesk.signin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The LDAP directory's settings (MicroProfile Config, {@code casedesk.ldap.*}; environment
 * variables such as {@code CASEDESK_LDAP_URL}). Without {@code casedesk.ldap.url} there is no
 * directory and only local accounts sign in. Read at each sign-in, so nothing is needed at start.
 *
 * @param groupRoles directory group (its {@code cn}) to CaseDesk role, in order: a user in several
 *     mapped groups gets the first one's role
 */
public record DirectorySettings(
    String url,
    String bindDn,
    String bindPassword,
    String userBaseDn,
    String userFilter,
    String groupBaseDn,
    String groupFilter,
    Map<String, String> groupRoles,
    String nameAttribute,
    String communityAttribute,
    String gridAttribute,
    String unitAttribute,
    int timeoutMillis) {

  /** The settings, or empty when no directory is configured. */
  public static Optional<DirectorySettings> current() {
    Config c = ConfigProvider.getConfig();
    Optional<String> url = c.getOptionalValue("casedesk.ldap.url", String.class);
    if (url.isEmpty() || url.get().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new DirectorySettings(
            url.get().strip(),
            value(c, "bind-dn", null),
            value(c, "bind-password", null),
            value(c, "user-base-dn", ""),
            value(c, "user-filter", "(uid={0})"),
            value(c, "group-base-dn", ""),
            value(c, "group-filter", "(member={0})"),
            roles(value(c, "group-roles", "")),
            value(c, "name-attribute", "cn"),
            value(c, "community-attribute", null),
            value(c, "grid-attribute", null),
            value(c, "unit-attribute", null),
            Integer.parseInt(value(c, "timeout-millis", "5000"))));
  }

  private static String value(Config c, String name, String defaultValue) {
    return c.getOptionalValue("casedesk.ldap." + name, String.class)
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .orElse(defaultValue);
  }

  /** {@code casedesk-admins=ADMIN;casedesk-handlers=HANDLER} (also separated by commas). */
  static Map<String, String> roles(String mapping) {
    Map<String, String> roles = new LinkedHashMap<>();
    for (String pair : mapping.split("[;,]")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        roles.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
      }
    }
    return roles;
  }
}
