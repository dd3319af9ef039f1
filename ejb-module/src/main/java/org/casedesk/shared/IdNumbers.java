package org.casedesk.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The 18-digit resident ID number (GB 11643-1999): six digits of the address code, the birth date
 * (yyyyMMdd), three digits of sequence, and its ISO 7064 MOD 11-2 check digit.
 */
public final class IdNumbers {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private static final DateTimeFormatter BIRTH_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private IdNumbers() {}

  /** The check digit for the first 17 digits. */
  public static char checkDigit(String first17) {
    if (first17 == null || !first17.matches("\\d{17}")) {
      throw new IllegalArgumentException("17 digits expected");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** Valid: 18 characters, a real birth date from 1900 to today, and the right check digit. */
  public static boolean isValid(String id, LocalDate today) {
    return id != null
        && id.matches("\\d{17}[\\dX]")
        && possibleBirthDate(id.substring(6, 14), today)
        && checkDigit(id.substring(0, 17)) == id.charAt(17);
  }

  /** 20260230, 99991231, 18000101 or a day after today are no birth dates. */
  private static boolean possibleBirthDate(String yyyyMMdd, LocalDate today) {
    try {
      LocalDate birth = LocalDate.parse(yyyyMMdd, BIRTH_DATE);
      return !birth.isBefore(EARLIEST_BIRTH) && !birth.isAfter(today);
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
