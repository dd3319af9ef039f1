package org.casedesk.useradmin;

import java.io.Serializable;

/**
 * A one-time password given to a new user or set by a reset: shown once to the administrator, who
 * hands it over; the user must change it at the next login. Only its hash is stored.
 */
public record OneTimePassword(long userId, String username, String password)
    implements Serializable {}
