package org.casedesk.members;

import java.io.Serializable;

/** A member unit as select boxes show it. */
public record UnitItem(long id, String name) implements Serializable {}
