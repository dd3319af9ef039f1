package org.casedesk.meetings;

import java.io.Serializable;

/** An invited member and whether they attended ({@code null}: not recorded). */
public record InviteeItem(long memberId, String name, String unit, Boolean attended)
    implements Serializable {}
