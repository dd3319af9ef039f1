package org.casedesk.shared;

/** The 18-digit resident ID number (GB 11643-1999) and its ISO 7064 MOD 11-2 check digit. */
public final class IdNumbers {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

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

  public static boolean isValid(String id) {
    return id != null
        && id.matches("\\d{17}[\\dX]")
        && checkDigit(id.substring(0, 17)) == id.charAt(17);
  }
}
