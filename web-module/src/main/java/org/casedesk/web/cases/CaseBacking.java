package org.casedesk.web.cases;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.casedesk.cases.CaseDetail;
import org.casedesk.cases.CaseService;
import org.casedesk.cases.CaseState;
import org.casedesk.cases.Satisfaction;
import org.casedesk.web.shared.Messages;

/**
 * The case page: details, timeline and the actions the signed-in user may take. Each action carries
 * the version the user saw; a concurrent change gives a conflict message and a reload.
 */
@Named
@ViewScoped
public class CaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient CaseService cases;

  private Long id;
  private CaseDetail detail;
  private String note;
  private String reply;
  private Satisfaction satisfaction;

  public void load() {
    if (id == null || !Messages.attempt(() -> detail = cases.detail(id))) {
      detail = null;
    }
  }

  public boolean isHandling() {
    return detail != null
        && FacesContext.getCurrentInstance().getExternalContext().isUserInRole("HANDLER")
        && CaseState.withHandler().contains(detail.state());
  }

  /** Resolving needs handling first (签收/办理 → 办结). */
  public boolean isResolvable() {
    return isHandling() && detail.state().canMoveTo(CaseState.RESOLVED);
  }

  public boolean isAwaitingFollowUp() {
    return detail != null
        && FacesContext.getCurrentInstance().getExternalContext().isUserInRole("HELPDESK")
        && detail.state() == CaseState.RESOLVED;
  }

  public void addNote() throws IOException {
    act(() -> cases.addNote(id, detail.version(), note), "case.noted");
  }

  public void resolve() throws IOException {
    act(() -> cases.resolve(id, detail.version(), reply), "case.resolved");
  }

  public void followUp() throws IOException {
    act(() -> cases.followUp(id, detail.version(), satisfaction, note), "case.followedUp");
  }

  private void act(Runnable action, String successKey) throws IOException {
    if (Messages.attempt(action)) {
      Messages.info(successKey);
      Messages.keepForRedirect();
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/cases/case.xhtml?id=" + id);
    } else {
      load();
    }
  }

  public Satisfaction[] getSatisfactions() {
    return Satisfaction.values();
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
