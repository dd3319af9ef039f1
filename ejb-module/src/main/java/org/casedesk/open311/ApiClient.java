package org.casedesk.open311;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.casedesk.categories.Channel;

/**
 * A system that posts requests through Open311 (the 12345 platform, the residents' portal). Its key
 * is stored only as a SHA-256 hash; its cases are registered under its own account, which cannot
 * sign in.
 */
@Entity
@Table(name = "api_client")
public class ApiClient {

  @Id
  @SequenceGenerator(name = "api_client_seq", sequenceName = "api_client_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_client_seq")
  private Long id;

  @Column(nullable = false, length = 60)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Channel channel;

  @Column(name = "key_hash", nullable = false, length = 64, unique = true)
  private String keyHash;

  @Column(name = "rate_per_minute", nullable = false)
  private int ratePerMinute;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  @Version private long version;

  protected ApiClient() {}

  public ApiClient(
      String name,
      Channel channel,
      String keyHash,
      int ratePerMinute,
      Long userId,
      LocalDateTime createdAt) {
    this.name = name;
    this.channel = channel;
    this.keyHash = keyHash;
    this.ratePerMinute = ratePerMinute;
    this.userId = userId;
    this.createdAt = createdAt;
  }

  public void revoke(LocalDateTime at) {
    if (revokedAt == null) {
      revokedAt = at;
    }
  }

  public boolean isActive() {
    return revokedAt == null;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Channel getChannel() {
    return channel;
  }

  public int getRatePerMinute() {
    return ratePerMinute;
  }

  public Long getUserId() {
    return userId;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getRevokedAt() {
    return revokedAt;
  }
}
