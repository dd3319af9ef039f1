package org.casedesk.accounts;

import java.io.Serializable;

/** The signed-in user as services and pages need it. */
public record CurrentUser(
    long id, String username, String displayName, String role, Long communityId, Long gridId)
    implements Serializable {}
