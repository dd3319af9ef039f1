package org.casedesk.web.open311;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.casedesk.areas.AreaItem;
import org.casedesk.areas.AreaService;
import org.casedesk.open311.Open311Service;
import org.casedesk.open311.UnplacedItem;
import org.casedesk.web.shared.Messages;

/**
 * The help desk's Open311 page: requests whose address the tree did not match, placed at a flat
 * (then registered and dispatched like any other), and marking a case confidential (保密).
 */
@Named
@ViewScoped
public class Open311QueueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient Open311Service open311;
  @Inject private transient AreaService areas;

  private List<UnplacedItem> waiting;
  private UnplacedItem selected;
  private List<AreaItem> communities;
  private List<AreaItem> grids = List.of();
  private List<AreaItem> courtyards = List.of();
  private List<AreaItem> flats = List.of();
  private Long communityId;
  private Long gridId;
  private Long courtyardId;
  private Long flatId;
  private String caseNo;

  @PostConstruct
  void init() {
    waiting = open311.unplaced();
    communities = areas.children(null);
  }

  public void select(UnplacedItem item) {
    selected = item;
  }

  public void communityChanged() {
    grids = communityId == null ? List.of() : areas.children(communityId);
    gridId = null;
    gridChanged();
  }

  public void gridChanged() {
    courtyards = gridId == null ? List.of() : areas.children(gridId);
    courtyardId = null;
    courtyardChanged();
  }

  public void courtyardChanged() {
    flats = courtyardId == null ? List.of() : areas.children(courtyardId);
    flatId = null;
  }

  public void place() {
    if (selected == null || flatId == null) {
      Messages.error("case.flat.required");
      return;
    }
    if (Messages.attempt(() -> open311.place(selected.id(), flatId))) {
      Messages.info("open311.placed");
      selected = null;
      waiting = open311.unplaced();
    }
  }

  public void markConfidential(boolean confidential) {
    if (Messages.attempt(() -> open311.markConfidential(caseNo, confidential))) {
      Messages.info(confidential ? "open311.confidential.on" : "open311.confidential.off");
    }
  }

  public List<UnplacedItem> getWaiting() {
    return waiting;
  }

  public UnplacedItem getSelected() {
    return selected;
  }

  public List<AreaItem> getCommunities() {
    return communities;
  }

  public List<AreaItem> getGrids() {
    return grids;
  }

  public List<AreaItem> getCourtyards() {
    return courtyards;
  }

  public List<AreaItem> getFlats() {
    return flats;
  }

  public Long getCommunityId() {
    return communityId;
  }

  public void setCommunityId(Long communityId) {
    this.communityId = communityId;
  }

  public Long getGridId() {
    return gridId;
  }

  public void setGridId(Long gridId) {
    this.gridId = gridId;
  }

  public Long getCourtyardId() {
    return courtyardId;
  }

  public void setCourtyardId(Long courtyardId) {
    this.courtyardId = courtyardId;
  }

  public Long getFlatId() {
    return flatId;
  }

  public void setFlatId(Long flatId) {
    this.flatId = flatId;
  }

  public String getCaseNo() {
    return caseNo;
  }

  public void setCaseNo(String caseNo) {
    this.caseNo = caseNo;
  }
}
