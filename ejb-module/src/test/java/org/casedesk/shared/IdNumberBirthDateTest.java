package org.casedesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An ID number with an impossible birth date is refused like a bad check digit. */
class IdNumberBirthDateTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private static String withCheckDigit(String birth) {
    String first17 = "620102" + birth + "123";
    return first17 + IdNumbers.checkDigit(first17);
  }

  @Test
  void impossibleBirthDatesAreRefusedEvenWithTheRightCheckDigit() {
    for (String birth : new String[] {"20260230", "99991231", "18000101", "20261202", "19801301"}) {
      assertThat(IdNumbers.isValid(withCheckDigit(birth), TODAY)).as(birth).isFalse();
    }
  }

  @Test
  void realBirthDatesUpToTodayAreAccepted() {
    for (String birth : new String[] {"19000101", "19491231", "20000229", "20261201"}) {
      assertThat(IdNumbers.isValid(withCheckDigit(birth), TODAY)).as(birth).isTrue();
    }
    assertThat(IdNumbers.isValid("11010519491231002X", TODAY)).isTrue();
  }
}
