package org.casedesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** ID check digits, masking and password hashes: the personal-data rules of DOMAIN.md. */
class PersonalDataTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @Test
  void checkDigitFollowsIso7064Mod11Dash2() {
    // The worked example of GB 11643-1999: 11010519491231002 → X.
    assertThat(IdNumbers.checkDigit("11010519491231002")).isEqualTo('X');
    assertThat(IdNumbers.isValid("11010519491231002X", TODAY)).isTrue();
    assertThat(IdNumbers.isValid("110105194912310021", TODAY)).as("wrong check digit").isFalse();
    assertThat(IdNumbers.isValid("11010519491231002x", TODAY)).as("lower-case x").isFalse();
    assertThat(IdNumbers.isValid("1101051949123100", TODAY)).as("too short").isFalse();
    assertThat(IdNumbers.isValid(null, TODAY)).isFalse();
    assertThatThrownBy(() -> IdNumbers.checkDigit("1101051949123100A"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void phonesAndIdNumbersAreMaskedKeepingOnlyTheEnds() {
    assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    assertThat(Masking.phone("0931-8123456")).isEqualTo("093*****3456");
    assertThat(Masking.phone("12345")).isEqualTo("*****");
    assertThat(Masking.phone(null)).isEmpty();
    assertThat(Masking.idNumber("62010219800101123X")).isEqualTo("6201**********123X");
    assertThat(Masking.idNumber("1234567")).isEqualTo("*******");
    assertThat(Masking.idNumber(" ")).isEmpty();
  }

  @Test
  void passwordHashIsSaltedPbkdf2AndVerifiesOnlyTheRightPassword() {
    String first = PasswordHasher.hash("geheim-2026".toCharArray(), 1000);
    String second = PasswordHasher.hash("geheim-2026".toCharArray(), 1000);
    assertThat(first).startsWith("pbkdf2-sha256$1000$").isNotEqualTo(second);
    assertThat(PasswordHasher.verify("geheim-2026".toCharArray(), first)).isTrue();
    assertThat(PasswordHasher.verify("geheim-2027".toCharArray(), first)).isFalse();
    assertThat(PasswordHasher.verify("geheim-2026".toCharArray(), "plain-text")).isFalse();
  }

  @Test
  void defaultHashUsesAtLeast600000Iterations() {
    String stored = PasswordHasher.hash("x".toCharArray());
    int iterations = Integer.parseInt(stored.split("\\$")[1]);
    assertThat(iterations).isGreaterThanOrEqualTo(600_000);
    assertThat(PasswordHasher.verify("x".toCharArray(), stored)).isTrue();
  }

  @Test
  void namesAreMaskedToTheSurnameForMemberUnitStaff() {
    assertThat(Masking.name("王秀英")).isEqualTo("王**");
    assertThat(Masking.name("李娜")).isEqualTo("李*");
    assertThat(Masking.name("欧阳")).isEqualTo("欧*");
    assertThat(Masking.name("𠀀明")).as("a surname outside the BMP").isEqualTo("𠀀*");
    assertThat(Masking.name("")).isEmpty();
    assertThat(Masking.name(null)).isEmpty();
  }
}
