package org.casedesk.areas;

import java.io.Serializable;

/** A node of the address tree as the pickers show it. */
public record AreaItem(long id, AreaKind kind, String name, boolean leaf) implements Serializable {}
