package org.casedesk.accounts;

import java.io.Serializable;

/**
 * The signed-in user as services and pages need it; {@code mustChangePassword} after a reset to a
 * one-time password, {@code fromDirectory} for an LDAP user (no password here).
 */
public record CurrentUser(
    long id,
    String username,
    String displayName,
    String role,
    Long communityId,
    Long gridId,
    boolean mustChangePassword,
    boolean fromDirectory)
    implements Serializable {}
