package org.casedesk.open311;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API keys: 32 random bytes, stored as their SHA-256 (a key has full entropy, so no salt or
 * stretching is needed, and a lookup by hash stays one index read); and each client's rate limit,
 * counted per minute in this server's memory.
 */
@ApplicationScoped
public class ApiKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<Long, long[]> windows = new ConcurrentHashMap<>();

  public static String newKey() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String hash(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Counts one call of the client; false once it made more than its limit this minute. */
  public boolean allow(long clientId, int perMinute) {
    long minute = System.currentTimeMillis() / 60_000;
    long[] window = windows.computeIfAbsent(clientId, id -> new long[2]);
    synchronized (window) {
      if (window[0] != minute) {
        window[0] = minute;
        window[1] = 0;
      }
      return ++window[1] <= perMinute;
    }
  }
}
