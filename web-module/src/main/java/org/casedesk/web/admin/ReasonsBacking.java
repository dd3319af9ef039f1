package org.casedesk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.casedesk.cases.CaseReasonService;
import org.casedesk.cases.ReasonItem;
import org.casedesk.cases.ReasonKind;
import org.casedesk.web.shared.Messages;

/** ADMIN's reason lists: why a request is invalid, why a case is closed dissatisfied. */
@Named
@ViewScoped
public class ReasonsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient CaseReasonService reasons;

  private ReasonKind kind = ReasonKind.INVALID;
  private List<ReasonItem> rows;
  private String nameZh;
  private String nameEn;

  @PostConstruct
  void init() {
    load();
  }

  public void load() {
    Messages.attempt(() -> rows = reasons.all(kind));
  }

  public void add() {
    if (Messages.attempt(() -> reasons.add(kind, nameZh, nameEn))) {
      Messages.info("reason.saved", nameZh);
      nameZh = null;
      nameEn = null;
      load();
    }
  }

  /** Deactivates an active reason or activates a deactivated one. */
  public void toggle(ReasonItem row) {
    if (Messages.attempt(
        () -> reasons.change(row.id(), row.version(), row.nameZh(), row.nameEn(), !row.active()))) {
      Messages.info("reason.saved", row.nameZh());
    }
    load();
  }

  public ReasonKind[] getKinds() {
    return ReasonKind.values();
  }

  public List<ReasonItem> getRows() {
    return rows;
  }

  public ReasonKind getKind() {
    return kind;
  }

  public void setKind(ReasonKind kind) {
    this.kind = kind == null ? ReasonKind.INVALID : kind;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }
}
