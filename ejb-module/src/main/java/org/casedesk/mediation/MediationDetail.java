package org.casedesk.mediation;

import java.io.Serializable;
import java.util.List;

/** One mediation with its mediators, sessions, outcome and follow-up. */
public record MediationDetail(
    MediationItem mediation,
    String agreement,
    String followUpNote,
    List<String> mediators,
    List<SessionItem> sessions)
    implements Serializable {}
