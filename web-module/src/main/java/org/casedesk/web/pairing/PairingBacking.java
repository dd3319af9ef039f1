package org.casedesk.web.pairing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.casedesk.categories.CategoryItem;
import org.casedesk.categories.CategoryService;
import org.casedesk.pairing.NewVisit;
import org.casedesk.pairing.PairingDetail;
import org.casedesk.pairing.PairingService;
import org.casedesk.pairing.VisitForm;
import org.casedesk.web.shared.Messages;
import org.casedesk.web.shared.Pages;

/** One pairing: its visits, logging a visit, raising a case from a visit, ending the pairing. */
@Named
@ViewScoped
public class PairingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient PairingService pairings;
  @Inject private transient CategoryService categoryService;
  @Inject private transient Clock clock;

  private Long id;
  private PairingDetail detail;
  private LocalDate visitedOn;
  private VisitForm form;
  private String notes;
  private Long visitId;
  private Long categoryId;
  private String description;
  private LocalDate endedOn;
  private List<CategoryItem> categories;

  public void load() {
    if (id == null || !Messages.attempt(() -> detail = pairings.detail(id))) {
      detail = null;
    }
    if (visitedOn == null) {
      visitedOn = LocalDate.now(clock);
    }
  }

  public void logVisit() throws IOException {
    NewVisit visit = new NewVisit(visitedOn, form, notes);
    if (Messages.attempt(() -> pairings.logVisit(id, detail.pairing().version(), visit))) {
      Messages.info("pairing.visit.saved");
      Pages.redirect("/committee/pairing.xhtml?id=" + id);
    }
  }

  /** Opens the raise-a-case form for one visit, its notes as the description to edit. */
  public void prepareCase(long visit, String visitNotes) {
    visitId = visit;
    description = visitNotes;
  }

  public void raiseCase() throws IOException {
    long[] caseId = new long[1];
    if (visitId != null
        && Messages.attempt(
            () -> caseId[0] = pairings.raiseCase(visitId, categoryId, description))) {
      Messages.info("visit.caseRaised");
      Pages.redirect("/cases/case.xhtml?id=" + caseId[0]);
    }
  }

  public void end() throws IOException {
    if (Messages.attempt(() -> pairings.end(id, detail.pairing().version(), endedOn))) {
      Messages.info("pairing.endedSaved");
      Pages.redirect("/committee/pairing.xhtml?id=" + id);
    }
  }

  public boolean isMaintainer() {
    return Pages.maintains();
  }

  public List<CategoryItem> getCategories() {
    if (categories == null) {
      categories = categoryService.categories();
    }
    return categories;
  }

  public VisitForm[] getForms() {
    return VisitForm.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public PairingDetail getDetail() {
    return detail;
  }

  public LocalDate getVisitedOn() {
    return visitedOn;
  }

  public void setVisitedOn(LocalDate visitedOn) {
    this.visitedOn = visitedOn;
  }

  public VisitForm getForm() {
    return form;
  }

  public void setForm(VisitForm form) {
    this.form = form;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Long getVisitId() {
    return visitId;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public void setEndedOn(LocalDate endedOn) {
    this.endedOn = endedOn;
  }
}
