package org.casedesk.members;

import java.io.Serializable;
import java.time.LocalDate;

/** A member unit as lists and forms show it. */
public record UnitItem(
    long id,
    long version,
    String name,
    UnitKind kind,
    Long communityId,
    String community,
    String contact,
    boolean active,
    LocalDate leftOn,
    long members)
    implements Serializable {}
