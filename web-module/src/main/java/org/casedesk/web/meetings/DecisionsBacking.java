package org.casedesk.web.meetings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.casedesk.meetings.DecisionItem;
import org.casedesk.meetings.MeetingService;
import org.casedesk.web.shared.Messages;
import org.casedesk.web.shared.Pages;

/** 决议事项: the decision tasks the caller works on, and reporting one done. */
@Named
@ViewScoped
public class DecisionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient MeetingService meetings;

  private boolean openOnly = true;
  private List<DecisionItem> rows;
  private String note;

  @PostConstruct
  void init() {
    reload();
  }

  public void reload() {
    rows = meetings.tasks(openOnly);
  }

  public void done(DecisionItem d) throws IOException {
    if (Messages.attempt(() -> meetings.decisionDone(d.id(), d.version(), note))) {
      Messages.info("decision.doneSaved");
      Pages.redirect("/committee/decisions.xhtml");
    }
  }

  public List<DecisionItem> getRows() {
    return rows;
  }

  public boolean isOpenOnly() {
    return openOnly;
  }

  public void setOpenOnly(boolean openOnly) {
    this.openOnly = openOnly;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
