package org.casedesk.web.meetings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.casedesk.cases.CaseSummary;
import org.casedesk.meetings.AgendaItemView;
import org.casedesk.meetings.MeetingDetail;
import org.casedesk.meetings.MeetingService;
import org.casedesk.meetings.NewDecision;
import org.casedesk.members.MemberItem;
import org.casedesk.members.MemberService;
import org.casedesk.members.UnitItem;
import org.casedesk.web.shared.Messages;
import org.casedesk.web.shared.Pages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** One meeting: invitations, attendance, agenda, decisions, minutes and their PDF. */
@Named
@ViewScoped
public class MeetingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient MeetingService meetings;
  @Inject private transient MemberService members;

  private Long id;
  private MeetingDetail detail;
  private List<MemberItem> memberChoices;
  private List<UnitItem> unitChoices;
  private List<CaseSummary> waiting;
  private Long inviteId;
  private Long caseId;
  private String topic;
  private Long agendaItemId;
  private String decisionText;
  private Long ownerUnitId;
  private Long ownerMemberId;
  private LocalDate dueOn;
  private String minutes;

  public void load() {
    if (id == null || !Messages.attempt(() -> detail = meetings.detail(id))) {
      detail = null;
      return;
    }
    if (minutes == null) {
      minutes = detail.minutes();
    }
  }

  public void invite() throws IOException {
    if (inviteId != null) {
      act(() -> meetings.invite(id, inviteId), "meeting.invited");
    }
  }

  public void attended(long memberId, boolean attended) throws IOException {
    act(() -> meetings.attendance(id, memberId, attended), "meeting.attendanceSaved");
  }

  public void addAgendaItem() throws IOException {
    act(() -> meetings.addAgendaItem(id, caseId, topic), "agenda.added");
  }

  /** Opens the decision form for one agenda item. */
  public void prepareDecision(long agendaItem) {
    agendaItemId = agendaItem;
  }

  public void decide() throws IOException {
    NewDecision input = new NewDecision(decisionText, ownerUnitId, ownerMemberId, dueOn);
    act(() -> meetings.decide(agendaItemId, input), "decision.saved");
  }

  public void noTaskNeeded(AgendaItemView item) throws IOException {
    act(() -> meetings.noTaskNeeded(item.id(), item.version(), decisionText), "agenda.noTaskSaved");
  }

  public void saveMinutes() throws IOException {
    act(
        () -> meetings.recordMinutes(id, detail.meeting().version(), minutes),
        "meeting.minutesSaved");
  }

  /** The minutes as a PDF download. */
  public StreamedContent getMinutesPdf() {
    byte[][] pdf = new byte[1][];
    if (!Messages.attempt(() -> pdf[0] = meetings.minutesPdf(id))) {
      return null;
    }
    return DefaultStreamedContent.builder()
        .name("meeting-" + id + ".pdf")
        .contentType("application/pdf")
        .stream(() -> new ByteArrayInputStream(pdf[0]))
        .build();
  }

  private void act(Runnable action, String successKey) throws IOException {
    Pages.act(action, successKey, "/committee/meeting.xhtml?id=" + id, this::load);
  }

  public List<MemberItem> getMemberChoices() {
    if (memberChoices == null) {
      memberChoices = members.members(null, false);
    }
    return memberChoices;
  }

  public List<UnitItem> getUnitChoices() {
    if (unitChoices == null) {
      unitChoices = members.units(false);
    }
    return unitChoices;
  }

  public List<CaseSummary> getWaiting() {
    if (waiting == null) {
      waiting = meetings.waitingCases();
    }
    return waiting;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public MeetingDetail getDetail() {
    return detail;
  }

  public Long getInviteId() {
    return inviteId;
  }

  public void setInviteId(Long inviteId) {
    this.inviteId = inviteId;
  }

  public Long getCaseId() {
    return caseId;
  }

  public void setCaseId(Long caseId) {
    this.caseId = caseId;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public Long getAgendaItemId() {
    return agendaItemId;
  }

  public String getDecisionText() {
    return decisionText;
  }

  public void setDecisionText(String decisionText) {
    this.decisionText = decisionText;
  }

  public Long getOwnerUnitId() {
    return ownerUnitId;
  }

  public void setOwnerUnitId(Long ownerUnitId) {
    this.ownerUnitId = ownerUnitId;
  }

  public Long getOwnerMemberId() {
    return ownerMemberId;
  }

  public void setOwnerMemberId(Long ownerMemberId) {
    this.ownerMemberId = ownerMemberId;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public String getMinutes() {
    return minutes;
  }

  public void setMinutes(String minutes) {
    this.minutes = minutes;
  }
}
