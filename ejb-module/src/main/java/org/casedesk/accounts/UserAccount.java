package org.casedesk.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.casedesk.shared.BaseEntity;

/** A person who signs in, with exactly one role and the area that role covers. */
@Entity
@Table(name = "app_user")
public class UserAccount extends BaseEntity {

  @Id
  @SequenceGenerator(name = "user_seq", sequenceName = "user_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_seq")
  private Long id;

  @NotBlank
  @Pattern(regexp = "[a-z0-9_.-]{3,40}")
  @Column(nullable = false, unique = true, length = 40)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @NotBlank
  @Size(max = 60)
  @Column(name = "display_name", nullable = false, length = 60)
  private String displayName;

  @NotBlank
  @Column(nullable = false, length = 30)
  private String role;

  /** For community officials and handlers: the community they work in. */
  @Column(name = "community_id")
  private Long communityId;

  /** For grid workers: their grid. */
  @Column(name = "grid_id")
  private Long gridId;

  @Column(name = "member_unit_id")
  private Long memberUnitId;

  @Column(nullable = false)
  private boolean enabled = true;

  /** Set by a password reset (one-time password): the user must choose a new one first. */
  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  /** {@link #LOCAL} (password here) or {@link #LDAP} (a directory user's local copy). */
  @Column(nullable = false, length = 10)
  private String source = LOCAL;

  public static final String LOCAL = "LOCAL";
  public static final String LDAP = "LDAP";

  protected UserAccount() {}

  public UserAccount(String username, String passwordHash, String displayName, String role) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.displayName = displayName;
    this.role = role;
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getRole() {
    return role;
  }

  public Long getCommunityId() {
    return communityId;
  }

  public Long getGridId() {
    return gridId;
  }

  public Long getMemberUnitId() {
    return memberUnitId;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public String getSource() {
    return source;
  }

  public boolean isFromDirectory() {
    return LDAP.equals(source);
  }

  public UserAccount fromDirectory() {
    this.source = LDAP;
    return this;
  }

  /** Changes what an administrator edits: the name, the role and its area. */
  public void change(String displayName, String role) {
    this.displayName = displayName;
    this.role = role;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** A new password hash; {@code oneTime} when an administrator set it for the user. */
  public void setPassword(String passwordHash, boolean oneTime) {
    this.passwordHash = passwordHash;
    this.mustChangePassword = oneTime;
  }

  /** An account that cannot sign in (e.g. an API client's). */
  public void disable() {
    this.enabled = false;
  }

  public UserAccount scopedTo(Long communityId, Long gridId, Long memberUnitId) {
    this.communityId = communityId;
    this.gridId = gridId;
    this.memberUnitId = memberUnitId;
    return this;
  }
}
