package org.casedesk.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirectorySettingsTest {

  @Test
  void groupRoleMappingKeepsItsOrder() {
    assertThat(DirectorySettings.roles("casedesk-admins=ADMIN; casedesk-handlers = HANDLER,x"))
        .containsExactly(
            java.util.Map.entry("casedesk-admins", "ADMIN"),
            java.util.Map.entry("casedesk-handlers", "HANDLER"));
  }
}
