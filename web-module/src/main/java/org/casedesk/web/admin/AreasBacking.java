package org.casedesk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.casedesk.areas.AreaAdminService;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaNodeRow;
import org.casedesk.cases.DispatchService;
import org.casedesk.cases.HandlerItem;
import org.casedesk.members.UnitChoice;
import org.casedesk.members.UnitService;
import org.casedesk.web.shared.Messages;

/**
 * The address tree: pick a node in the outline, then rename it, add below it (choosing the kind
 * where a level allows two: courtyard or public place under a grid, entrance or flat under a
 * courtyard), name a grid's workers or a courtyard's owning unit; the flats of a courtyard or an
 * entrance are listed under it and can be picked to rename them.
 */
@Named
@ViewScoped
public class AreasBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient AreaAdminService areas;
  @Inject private transient UnitService unitService;
  @Inject private transient DispatchService dispatch;

  private List<AreaNodeRow> rows;
  private List<UnitChoice> units;
  private List<HandlerItem> handlers;
  private AreaNodeRow selected;
  private List<AreaNodeRow> flats = List.of();

  private String newName;
  private String childName;
  private AreaKind childKind;
  private Long ownerUnitId;
  private Long workerId;

  @PostConstruct
  void load() {
    rows = areas.outline();
    units = unitService.units();
    handlers = dispatch.handlers();
    if (selected != null) {
      // a flat is not in the outline: show its courtyard or entrance with the flats again
      long id = selected.kind() == AreaKind.FLAT ? selected.parentId() : selected.id();
      select(rows.stream().filter(r -> r.id() == id).findFirst().orElse(null));
    }
  }

  public void select(AreaNodeRow row) {
    selected = row;
    newName = row == null ? null : row.name();
    ownerUnitId = row == null ? null : row.ownerUnitId();
    childKind =
        row == null || row.kind().childKinds().isEmpty() ? null : row.kind().childKinds().get(0);
    if (row == null) {
      flats = List.of();
    } else if (row.kind() == AreaKind.COURTYARD || row.kind() == AreaKind.ENTRANCE) {
      flats = areas.flats(row.id());
    } else if (row.kind() != AreaKind.FLAT) {
      flats = List.of(); // a picked flat keeps its siblings listed
    }
  }

  public void rename() {
    run(() -> areas.rename(selected.id(), selected.version(), newName), "areas.renamed");
  }

  public void addChild() {
    if (run(() -> areas.addChild(selected.id(), childKind, childName), "areas.added")) {
      childName = null;
    }
  }

  public void saveOwner() {
    run(
        () -> areas.setOwnerUnit(selected.id(), selected.version(), ownerUnitId),
        "areas.ownerSaved");
  }

  public void assignWorker() {
    if (workerId == null) {
      Messages.error("case.handler.invalid");
      return;
    }
    run(() -> areas.assignGridWorker(selected.id(), workerId), "areas.assigned");
  }

  public void removeWorker() {
    if (workerId == null) {
      Messages.error("case.handler.invalid");
      return;
    }
    run(() -> areas.removeGridWorker(workerId), "areas.assigned");
  }

  /** One service call; a success message and, either way, the tree as it now is. */
  private boolean run(Runnable call, String successKey) {
    if (selected == null) {
      Messages.error("area.notFound");
      return false;
    }
    boolean done = Messages.attempt(call);
    if (done) {
      Messages.info(successKey);
    }
    load();
    return done;
  }

  public List<AreaNodeRow> getRows() {
    return rows;
  }

  public List<UnitChoice> getUnits() {
    return units;
  }

  public List<HandlerItem> getHandlers() {
    return handlers;
  }

  public AreaNodeRow getSelected() {
    return selected;
  }

  public List<AreaNodeRow> getFlats() {
    return flats;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getChildName() {
    return childName;
  }

  public void setChildName(String childName) {
    this.childName = childName;
  }

  public AreaKind getChildKind() {
    return childKind;
  }

  public void setChildKind(AreaKind childKind) {
    this.childKind = childKind;
  }

  public Long getOwnerUnitId() {
    return ownerUnitId;
  }

  public void setOwnerUnitId(Long ownerUnitId) {
    this.ownerUnitId = ownerUnitId;
  }

  public Long getWorkerId() {
    return workerId;
  }

  public void setWorkerId(Long workerId) {
    this.workerId = workerId;
  }
}
