package org.casedesk.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * Failed sign-ins of one user name or one client address: the consecutive failures since the last
 * success or lock, how often it was locked, and until when.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

  /** What is counted. */
  public enum Kind {
    USER,
    ADDRESS
  }

  @Id
  @Column(length = 250)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Kind kind;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(nullable = false)
  private int failures;

  @Column(nullable = false)
  private int locks;

  @Column(name = "locked_until")
  private LocalDateTime lockedUntil;

  @Column(name = "last_failure", nullable = false)
  private LocalDateTime lastFailure;

  protected LoginThrottle() {}

  LoginThrottle(Kind kind, String subject, LocalDateTime now) {
    this.id = id(kind, subject);
    this.kind = kind;
    this.subject = subject;
    this.lastFailure = now;
  }

  static String id(Kind kind, String subject) {
    return kind + ":" + subject;
  }

  boolean lockedAt(LocalDateTime now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /**
   * Counts one failure; the failures of a quiet period ({@code windowMinutes}) are forgotten first.
   * Returns the failures counted now.
   */
  int fail(LocalDateTime now, long windowMinutes) {
    if (lastFailure.plusMinutes(windowMinutes).isBefore(now)) {
      failures = 0;
    }
    failures++;
    lastFailure = now;
    return failures;
  }

  /** Locks for 1, 2, 4 … minutes (at most a day), longer with every lock; the count restarts. */
  void lock(LocalDateTime now) {
    locks++;
    failures = 0;
    lockedUntil = now.plusMinutes(Math.min(1L << Math.min(locks - 1, 20), 24 * 60));
  }

  public String getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public String getSubject() {
    return subject;
  }

  public int getFailures() {
    return failures;
  }

  public int getLocks() {
    return locks;
  }

  public LocalDateTime getLockedUntil() {
    return lockedUntil;
  }

  public LocalDateTime getLastFailure() {
    return lastFailure;
  }
}
