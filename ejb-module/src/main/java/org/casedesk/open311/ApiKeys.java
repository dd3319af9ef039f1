package org.casedesk.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API keys: 32 random bytes, stored as their SHA-256 (a key has full entropy, so no salt or
 * stretching is needed, and a lookup by hash stays one index read); the client a key names; and
 * each client's rate limit, counted per minute in this server's memory.
 */
@ApplicationScoped
public class ApiKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<Long, long[]> windows = new ConcurrentHashMap<>();

  @Inject private ApiClientRepository apiClients;
  @Inject private Clock clock;

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
    long minute = clock.millis() / 60_000;
    long[] window = windows.computeIfAbsent(clientId, id -> new long[2]);
    synchronized (window) {
      if (window[0] != minute) {
        window[0] = minute;
        window[1] = 0;
      }
      return ++window[1] <= perMinute;
    }
  }

  /**
   * The active client with this key: a missing key is 403 when required; a wrong or revoked key is
   * always 403 (never silently treated as none); a client over its rate limit gets 429.
   */
  public Optional<ApiClient> client(String apiKey, boolean required) {
    if (NewServiceRequest.blank(apiKey)) {
      if (required) {
        throw new Open311Exception(403, "api_key is missing -- can't proceed with create_request");
      }
      return Optional.empty();
    }
    ApiClient client =
        apiClients
            .byKeyHash(hash(apiKey.strip()))
            .filter(ApiClient::isActive)
            .orElseThrow(() -> new Open311Exception(403, "Invalid api_key received"));
    if (!allow(client.getId(), client.getRatePerMinute())) {
      throw new Open311Exception(
          429, "rate limit of " + client.getRatePerMinute() + " calls a minute exceeded");
    }
    return Optional.of(client);
  }
}
