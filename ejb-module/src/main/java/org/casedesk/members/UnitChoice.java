package org.casedesk.members;

import java.io.Serializable;

/** A member unit as select boxes show it (id and name). */
public record UnitChoice(long id, String name) implements Serializable {}
