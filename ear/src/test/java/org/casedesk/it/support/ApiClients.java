package org.casedesk.it.support;

import java.time.LocalDateTime;
import java.util.UUID;
import org.casedesk.open311.ApiKeys;

/** Open311 API clients written straight to the database, as ADMIN would create them. */
public final class ApiClients {

  private ApiClients() {}

  /** A new active client with its own account; returns its key. */
  public static String create(String name, String channel, int ratePerMinute) {
    String key = ApiKeys.newKey();
    long user = TestData.nextId("user_seq");
    TestData.update(
        "insert into app_user (id, username, password_hash, display_name, role, enabled)"
            + " values (?, ?, '!', ?, 'API_CLIENT', false)",
        user,
        "api-" + UUID.randomUUID().toString().substring(0, 12),
        name);
    TestData.update(
        "insert into api_client (id, name, channel, key_hash, rate_per_minute, user_id, created_at)"
            + " values (?, ?, ?, ?, ?, ?, ?)",
        TestData.nextId("api_client_seq"),
        name,
        channel,
        ApiKeys.hash(key),
        ratePerMinute,
        user,
        LocalDateTime.now());
    return key;
  }
}
