package org.casedesk.members;

import java.io.Serializable;
import java.util.List;
import org.casedesk.cases.CaseSummary;

/** The cases on a member's or unit's profile: counts and the latest ones. */
public record ProfileCases(long open, long closed, List<CaseSummary> latest)
    implements Serializable {}
