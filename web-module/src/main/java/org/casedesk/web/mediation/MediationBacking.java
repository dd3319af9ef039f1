package org.casedesk.web.mediation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.casedesk.mediation.MediationDetail;
import org.casedesk.mediation.MediationService;
import org.casedesk.mediation.Outcome;
import org.casedesk.members.MemberItem;
import org.casedesk.members.MemberService;
import org.casedesk.web.shared.Messages;
import org.casedesk.web.shared.Pages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** One mediation: mediators, sessions, outcome, agreement PDF, follow-up. */
@Named
@ViewScoped
public class MediationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient MediationService mediations;
  @Inject private transient MemberService members;
  @Inject private transient Clock clock;

  private Long id;
  private MediationDetail detail;
  private List<MemberItem> memberChoices;
  private Long mediatorId;
  private LocalDate heldOn;
  private String notes;
  private Outcome outcome;
  private String agreement;
  private LocalDate followUpOn;
  private boolean kept = true;

  public void load() {
    if (id == null || !Messages.attempt(() -> detail = mediations.detail(id))) {
      detail = null;
    }
    if (heldOn == null) {
      heldOn = LocalDate.now(clock);
    }
  }

  public void addMediator() throws IOException {
    if (mediatorId != null) {
      act(() -> mediations.addMediator(id, mediatorId), "mediation.mediatorAdded");
    }
  }

  public void addSession() throws IOException {
    act(() -> mediations.addSession(id, heldOn, notes), "mediation.sessionAdded");
  }

  public void conclude() throws IOException {
    act(
        () -> mediations.conclude(id, detail.mediation().version(), outcome, agreement, followUpOn),
        "mediation.concludedSaved");
  }

  public void followUp() throws IOException {
    act(
        () -> mediations.followUp(id, detail.mediation().version(), kept, notes),
        "mediation.followedUp");
  }

  public StreamedContent getAgreementPdf() {
    byte[][] pdf = new byte[1][];
    if (!Messages.attempt(() -> pdf[0] = mediations.agreementPdf(id))) {
      return null;
    }
    return DefaultStreamedContent.builder()
        .name("agreement-" + id + ".pdf")
        .contentType("application/pdf")
        .stream(() -> new ByteArrayInputStream(pdf[0]))
        .build();
  }

  private void act(Runnable action, String successKey) throws IOException {
    Pages.act(action, successKey, "/committee/mediation.xhtml?id=" + id, this::load);
  }

  public List<MemberItem> getMemberChoices() {
    if (memberChoices == null) {
      memberChoices = members.members(null, false);
    }
    return memberChoices;
  }

  public Outcome[] getOutcomes() {
    return Outcome.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public MediationDetail getDetail() {
    return detail;
  }

  public Long getMediatorId() {
    return mediatorId;
  }

  public void setMediatorId(Long mediatorId) {
    this.mediatorId = mediatorId;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(Outcome outcome) {
    this.outcome = outcome;
  }

  public String getAgreement() {
    return agreement;
  }

  public void setAgreement(String agreement) {
    this.agreement = agreement;
  }

  public LocalDate getFollowUpOn() {
    return followUpOn;
  }

  public void setFollowUpOn(LocalDate followUpOn) {
    this.followUpOn = followUpOn;
  }

  public boolean isKept() {
    return kept;
  }

  public void setKept(boolean kept) {
    this.kept = kept;
  }
}
