package org.casedesk.web.mediation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.casedesk.mediation.MediationItem;
import org.casedesk.mediation.MediationService;
import org.casedesk.web.shared.Messages;
import org.casedesk.web.shared.Pages;

/** 邻里纠纷调解: the list and opening a mediation for a case (by its id from the case page link). */
@Named
@ViewScoped
public class MediationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient MediationService mediations;

  private List<MediationItem> rows;
  private Long caseId;
  private String parties;

  @PostConstruct
  void init() {
    rows = mediations.mediations();
  }

  public void open() throws IOException {
    long[] id = new long[1];
    if (caseId == null) {
      Messages.error("case.notFound");
      return;
    }
    if (Messages.attempt(() -> id[0] = mediations.open(caseId, parties))) {
      Messages.info("mediation.opened");
      Pages.redirect("/committee/mediation.xhtml?id=" + id[0]);
    }
  }

  public List<MediationItem> getRows() {
    return rows;
  }

  public Long getCaseId() {
    return caseId;
  }

  public void setCaseId(Long caseId) {
    this.caseId = caseId;
  }

  public String getParties() {
    return parties;
  }

  public void setParties(String parties) {
    this.parties = parties;
  }
}
