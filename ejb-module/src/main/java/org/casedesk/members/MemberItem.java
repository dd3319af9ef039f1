package org.casedesk.members;

import java.io.Serializable;
import java.time.LocalDate;

/** A member as lists, forms and the profile show it. */
public record MemberItem(
    long id,
    long version,
    String name,
    MemberKind kind,
    String position,
    Long unitId,
    String unit,
    Long communityId,
    String community,
    Long gridId,
    String grid,
    LocalDate joinedOn,
    boolean active,
    LocalDate leftOn,
    Long userId)
    implements Serializable {}
