package org.casedesk.web.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.casedesk.cases.AttachmentItem;
import org.casedesk.cases.AttachmentService;
import org.casedesk.cases.CaseDetail;
import org.casedesk.cases.CaseReadService;
import org.casedesk.cases.CaseReasonService;
import org.casedesk.cases.CaseReviewService;
import org.casedesk.cases.DispatchService;
import org.casedesk.cases.FollowUpService;
import org.casedesk.cases.HandlerItem;
import org.casedesk.cases.HandlingService;
import org.casedesk.cases.InvalidCaseService;
import org.casedesk.cases.ReasonItem;
import org.casedesk.cases.ReasonKind;
import org.casedesk.cases.RevealedResident;
import org.casedesk.cases.Satisfaction;
import org.casedesk.cases.SupervisionService;
import org.casedesk.web.shared.Messages;
import org.casedesk.web.shared.Pages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The case page: details, timeline and the actions the signed-in user may take. Each action carries
 * the version the user saw; a concurrent change gives a conflict message and a reload.
 */
@Named
@ViewScoped
public class CaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String DRAFT_NOTE = "case.draft.note";
  private static final String DRAFT_REPLY = "case.draft.reply";
  private static final String DRAFT_REASON = "case.draft.reason";

  @Inject private transient HandlingService handlingService;
  @Inject private transient FollowUpService followUps;
  @Inject private transient DispatchService dispatchService;
  @Inject private transient CaseReadService reads;
  @Inject private transient SupervisionService supervision;
  @Inject private transient AttachmentService attachments;
  @Inject private transient CaseReviewService review;
  @Inject private transient InvalidCaseService invalid;
  @Inject private transient CaseReasonService reasons;
  @Inject private transient Clock clock;

  private Long id;
  private CaseDetail detail;
  private String note;
  private String reply;
  private Satisfaction satisfaction;
  private String reason;
  private Integer extensionDays;
  private Long handlerId;
  private Long reasonId;
  private List<ReasonItem> invalidReasons;
  private List<ReasonItem> closeReasons;
  private List<HandlerItem> handlers;
  private RevealedResident revealed;
  private List<AttachmentItem> files;
  private java.time.LocalDateTime visitedAt;
  private String visitPlace;
  private String findings;

  /** Per merged caller, the answer chosen (a Satisfaction name: map values carry no type). */
  private final java.util.Map<Long, String> callerAnswers = new java.util.HashMap<>();

  public void load() {
    if (visitedAt == null) {
      visitedAt = java.time.LocalDateTime.now(clock).withSecond(0).withNano(0);
    }
    if (id == null || !Messages.attempt(() -> detail = reads.detail(id))) {
      detail = null;
    }
    Flash flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
    if (flash.containsKey(DRAFT_NOTE)) {
      note = (String) flash.get(DRAFT_NOTE);
      reply = (String) flash.get(DRAFT_REPLY);
      reason = (String) flash.get(DRAFT_REASON);
    }
  }

  public void addNote() throws IOException {
    act(
        () -> {
          handlingService.addNote(id, detail.version(), note);
          note = null;
        },
        "case.noted");
  }

  public void resolve() throws IOException {
    act(
        () -> {
          handlingService.resolve(id, detail.version(), reply);
          reply = null;
        },
        "case.resolved");
  }

  public void followUp() throws IOException {
    act(
        () -> {
          followUps.followUp(id, detail.version(), satisfaction, note);
          note = null;
        },
        "case.followedUp");
  }

  /** 现场核查: when, where, what was found; shown in the timeline. */
  public void recordVisit() throws IOException {
    act(
        () -> handlingService.recordVisit(id, detail.version(), visitedAt, visitPlace, findings),
        "visit.saved");
  }

  public void followUpCaller(long callerId) throws IOException {
    String chosen = callerAnswers.get(callerId);
    Satisfaction answer = chosen == null ? null : Satisfaction.valueOf(chosen);
    act(() -> followUps.followUpCaller(callerId, answer, null), "caller.followedUp");
  }

  public java.util.Map<Long, String> getCallerAnswers() {
    return callerAnswers;
  }

  public java.time.LocalDateTime getVisitedAt() {
    return visitedAt;
  }

  public void setVisitedAt(java.time.LocalDateTime visitedAt) {
    this.visitedAt = visitedAt;
  }

  public String getVisitPlace() {
    return visitPlace;
  }

  public void setVisitPlace(String visitPlace) {
    this.visitPlace = visitPlace;
  }

  public String getFindings() {
    return findings;
  }

  public void setFindings(String findings) {
    this.findings = findings;
  }

  public void sign() throws IOException {
    act(() -> handlingService.sign(id, detail.version()), "case.signed");
  }

  public void returnCase() throws IOException {
    act(
        () -> {
          handlingService.returnCase(id, detail.version(), reason);
          reason = null;
        },
        "case.returned");
  }

  public void escalate() throws IOException {
    act(
        () -> {
          handlingService.escalate(id, detail.version(), reason);
          reason = null;
        },
        "case.escalated");
  }

  public void requestExtension() throws IOException {
    int days = extensionDays == null ? 0 : extensionDays;
    act(
        () -> {
          handlingService.requestExtension(id, detail.version(), days, reason);
          reason = null;
        },
        "case.extensionRequested");
  }

  public void urge() throws IOException {
    act(
        () -> {
          supervision.urge(id, detail.version(), note);
          note = null;
        },
        "case.urged");
  }

  public void supervise() throws IOException {
    act(
        () -> {
          supervision.supervise(id, detail.version(), note);
          note = null;
        },
        "case.supervised");
  }

  public void approveExtension() throws IOException {
    act(
        () -> {
          supervision.decideExtension(id, detail.version(), true, note);
          note = null;
        },
        "case.extensionApproved");
  }

  public void refuseExtension() throws IOException {
    act(
        () -> {
          supervision.decideExtension(id, detail.version(), false, note);
          note = null;
        },
        "case.extensionRefused");
  }

  /** 发回重办 after review (the page offers it only below the send-back limit). */
  public void sendBack() throws IOException {
    act(() -> review.sendBack(id, detail.version(), note), "case.sentBack");
  }

  /** 不满意结案 with the chosen reason. */
  public void closeDissatisfied() throws IOException {
    act(
        () -> review.closeDissatisfied(id, detail.version(), reasonId, note),
        "case.closedDissatisfied");
  }

  /** 无效诉求 with the chosen reason and the note. */
  public void markInvalid() throws IOException {
    act(() -> invalid.markInvalid(id, detail.version(), reasonId, note), "case.markedInvalid");
  }

  /** Loaded once per view, when the page first needs them. */
  public List<ReasonItem> getInvalidReasons() {
    if (invalidReasons == null) {
      invalidReasons = reasons.active(ReasonKind.INVALID);
    }
    return invalidReasons;
  }

  public List<ReasonItem> getCloseReasons() {
    if (closeReasons == null) {
      closeReasons = reasons.active(ReasonKind.DISSATISFIED);
    }
    return closeReasons;
  }

  public Long getReasonId() {
    return reasonId;
  }

  public void setReasonId(Long reasonId) {
    this.reasonId = reasonId;
  }

  public void redispatch() throws IOException {
    if (handlerId == null) {
      Messages.error("case.handler.invalid");
      return;
    }
    act(() -> dispatchService.redispatch(id, detail.version(), handlerId), "case.redispatched");
  }

  /** Whoever may see the case sees its files; loaded once per view. */
  public List<AttachmentItem> getFiles() {
    if (files == null && detail != null) {
      files = attachments.list(id);
    }
    return files;
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    if (Messages.attempt(() -> attachments.attach(id, file.getFileName(), file.getContent()))) {
      Messages.info("attachment.added", AttachmentService.cleanName(file.getFileName()));
      files = null;
      load();
    }
  }

  /** Shows the full phone and ID number in place; the service logs it. */
  public void reveal() {
    Messages.attempt(() -> revealed = reads.revealResident(id));
  }

  public RevealedResident getRevealed() {
    return revealed;
  }

  /** Loaded once per view, when the help desk first needs it. */
  public List<HandlerItem> getHandlers() {
    if (handlers == null) {
      handlers = dispatchService.handlers();
    }
    return handlers;
  }

  /**
   * Runs an action; on success reloads the case page (redirect after POST), carrying over the texts
   * typed on the page that the action did not use (an action clears what it used), e.g. a note
   * typed before 签收. On failure (a conflict among them) the form is shown again with the case
   * reloaded and the typed texts kept.
   */
  private void act(Runnable action, String successKey) throws IOException {
    Pages.act(
        () -> {
          action.run();
          Flash flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
          flash.put(DRAFT_NOTE, note);
          flash.put(DRAFT_REPLY, reply);
          flash.put(DRAFT_REASON, reason);
        },
        successKey,
        "/cases/case.xhtml?id=" + id,
        this::load);
  }

  public Satisfaction[] getSatisfactions() {
    return Satisfaction.values();
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Integer getExtensionDays() {
    return extensionDays;
  }

  public void setExtensionDays(Integer extensionDays) {
    this.extensionDays = extensionDays;
  }

  public Long getHandlerId() {
    return handlerId;
  }

  public void setHandlerId(Long handlerId) {
    this.handlerId = handlerId;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CaseDetail getDetail() {
    return detail;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }

  public Satisfaction getSatisfaction() {
    return satisfaction;
  }

  public void setSatisfaction(Satisfaction satisfaction) {
    this.satisfaction = satisfaction;
  }
}
