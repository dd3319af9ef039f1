package org.casedesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.casedesk.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** NIST SP 800-63B password rules, and the one-time passwords. */
class PasswordPolicyTest {

  private static void refused(String login, String password, String key) {
    assertThatThrownBy(() -> PasswordPolicy.check(login, password))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo(key);
  }

  @Test
  void twelveCharactersWithoutCompositionRulesAreEnough() {
    assertThatCode(() -> PasswordPolicy.check("li.na", "correcthorse")).doesNotThrowAnyException();
    assertThatCode(() -> PasswordPolicy.check("li.na", "张掖路街道大众巷社区网格员")).doesNotThrowAnyException();
    refused("li.na", "elevenchars", "password.tooShort");
    refused("li.na", "", "password.tooShort");
    refused("li.na", null, "password.tooShort");
    refused("li.na", "x".repeat(129), "password.tooLong");
  }

  @Test
  void commonPasswordsAndTheLoginAreRefusedWhateverTheCase() {
    refused("li.na", "Password1234", "password.common");
    refused("li.na", "1qaz2wsx3edc", "password.common");
    refused("li.na", "casedesk2026", "password.common");
    refused("grid.worker.01", "Grid.Worker.01", "password.equalsLogin");
  }

  @Test
  void oneTimePasswordsAreLongRandomAndPassThePolicy() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      String password = PasswordPolicy.oneTimePassword();
      assertThat(password).hasSize(16).matches("[a-z2-9]+").doesNotContain("l", "o", "0", "1");
      PasswordPolicy.check("someone", password);
      seen.add(password);
    }
    assertThat(seen).hasSize(100);
  }
}
