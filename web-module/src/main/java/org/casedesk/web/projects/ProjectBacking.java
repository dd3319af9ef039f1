package org.casedesk.web.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.casedesk.members.MemberService;
import org.casedesk.members.UnitItem;
import org.casedesk.projects.MilestoneItem;
import org.casedesk.projects.PartItem;
import org.casedesk.projects.ProjectDetail;
import org.casedesk.projects.ProjectService;
import org.casedesk.projects.ProjectStatus;
import org.casedesk.shared.Roles;
import org.casedesk.web.shared.Messages;
import org.casedesk.web.shared.Pages;

/** One project: claims, parts done, milestones, completion and acceptance. */
@Named
@ViewScoped
public class ProjectBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ProjectService projects;
  @Inject private transient MemberService members;
  @Inject private transient Clock clock;

  private Long id;
  private ProjectDetail detail;
  private List<UnitItem> units;
  private Long unitId;
  private String note;
  private String milestone;
  private LocalDate milestoneDue;
  private Integer surveyed;
  private Integer satisfied;

  public void load() {
    if (id == null || !Messages.attempt(() -> detail = projects.detail(id))) {
      detail = null;
    }
  }

  public void claim(PartItem part) throws IOException {
    act(() -> projects.claim(part.id(), part.version(), unitId), "project.claimed");
  }

  public void partDone(PartItem part) throws IOException {
    act(() -> projects.partDone(part.id(), part.version(), note), "project.partDone");
  }

  public void addMilestone() throws IOException {
    act(() -> projects.addMilestone(id, milestone, milestoneDue), "project.milestoneAdded");
  }

  public void reached(MilestoneItem m) throws IOException {
    LocalDate today = LocalDate.now(clock);
    act(() -> projects.milestoneReached(m.id(), m.version(), today), "project.milestoneReached");
  }

  public void complete() throws IOException {
    act(() -> projects.complete(id, detail.project().version(), note), "project.completed");
  }

  public void accept() throws IOException {
    int asked = surveyed == null ? 0 : surveyed;
    int content = satisfied == null ? 0 : satisfied;
    act(
        () -> projects.accept(id, detail.project().version(), asked, content, note),
        "project.accepted");
  }

  private void act(Runnable action, String successKey) throws IOException {
    Pages.act(action, successKey, "/committee/project.xhtml?id=" + id, this::load);
  }

  public boolean isOpen() {
    return detail != null && detail.project().status() == ProjectStatus.OPEN;
  }

  public boolean isMaintainer() {
    return Pages.maintains();
  }

  public boolean isHandler() {
    return Pages.inRole(Roles.HANDLER);
  }

  /** Officials claim on behalf of a unit: the units they may choose, loaded once. */
  public List<UnitItem> getUnits() {
    if (units == null) {
      units = isMaintainer() ? members.units(false) : List.of();
    }
    return units;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ProjectDetail getDetail() {
    return detail;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getMilestone() {
    return milestone;
  }

  public void setMilestone(String milestone) {
    this.milestone = milestone;
  }

  public LocalDate getMilestoneDue() {
    return milestoneDue;
  }

  public void setMilestoneDue(LocalDate milestoneDue) {
    this.milestoneDue = milestoneDue;
  }

  public Integer getSurveyed() {
    return surveyed;
  }

  public void setSurveyed(Integer surveyed) {
    this.surveyed = surveyed;
  }

  public Integer getSatisfied() {
    return satisfied;
  }

  public void setSatisfied(Integer satisfied) {
    this.satisfied = satisfied;
  }
}
