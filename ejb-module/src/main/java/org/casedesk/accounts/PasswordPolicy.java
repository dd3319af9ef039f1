package org.casedesk.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.casedesk.shared.BusinessException;

/**
 * Password rules after NIST SP 800-63B (5.1.1.2): at least 12 characters (at most 128), no
 * composition rules, refused when it is one of the common passwords shipped with the application
 * ({@code common-passwords.txt}, compared ignoring case) or equals the login. One-time passwords
 * come from here too.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private static final Set<String> COMMON = load();

  /** No 0/O, 1/l/I: one-time passwords are read out or written down. */
  private static final String ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordPolicy() {}

  /** Refuses a password that breaks a rule, with the bundle key of the rule. */
  public static void check(String login, String password) {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      throw new BusinessException("password.tooShort", MIN_LENGTH);
    }
    if (length > MAX_LENGTH) {
      throw new BusinessException("password.tooLong", MAX_LENGTH);
    }
    String lower = password.strip().toLowerCase(Locale.ROOT);
    if (login != null && lower.equals(login.strip().toLowerCase(Locale.ROOT))) {
      throw new BusinessException("password.equalsLogin");
    }
    if (COMMON.contains(lower)) {
      throw new BusinessException("password.common");
    }
  }

  /**
   * PBKDF2 iterations for one-time passwords: they are random (about 79 bits), so stretching adds
   * nothing, and an import of hundreds of users stays within one transaction's time. The user's own
   * password gets {@link org.casedesk.shared.PasswordHasher#DEFAULT_ITERATIONS}.
   */
  public static final int ONE_TIME_ITERATIONS = 10_000;

  /** A random one-time password of 16 characters (about 79 bits). */
  public static String oneTimePassword() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(ONE_TIME_ALPHABET.charAt(RANDOM.nextInt(ONE_TIME_ALPHABET.length())));
    }
    return password.toString();
  }

  private static Set<String> load() {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
