package org.casedesk.useradmin;

import java.io.Serializable;

/** A community, grid, member unit or committee member as the user form's select boxes show it. */
public record Choice(long id, String name) implements Serializable {}
