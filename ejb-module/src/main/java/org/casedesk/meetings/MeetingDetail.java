package org.casedesk.meetings;

import java.io.Serializable;
import java.util.List;

/** One meeting with its invitees, agenda and decisions, and the minutes. */
public record MeetingDetail(
    MeetingItem meeting, String minutes, List<InviteeItem> invitees, List<AgendaItemView> agenda)
    implements Serializable {}
