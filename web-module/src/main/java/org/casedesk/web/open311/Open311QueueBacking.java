package org.casedesk.web.open311;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.casedesk.areas.AreaService;
import org.casedesk.open311.Open311Service;
import org.casedesk.open311.UnplacedItem;
import org.casedesk.web.shared.AddressPicker;
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
  private final AddressPicker address = new AddressPicker();
  private String caseNo;

  @PostConstruct
  void init() {
    waiting = open311.unplaced();
    address.start(areas);
  }

  public void select(UnplacedItem item) {
    selected = item;
  }

  public void communityChanged() {
    address.communityChanged(areas);
  }

  public void gridChanged() {
    address.gridChanged(areas);
  }

  public void courtyardChanged() {
    address.courtyardChanged(areas);
  }

  public void place() {
    if (selected == null || address.getFlatId() == null) {
      Messages.error("case.flat.required");
      return;
    }
    if (Messages.attempt(() -> open311.place(selected.id(), address.getFlatId()))) {
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

  public AddressPicker getAddress() {
    return address;
  }

  public List<UnplacedItem> getWaiting() {
    return waiting;
  }

  public UnplacedItem getSelected() {
    return selected;
  }

  public String getCaseNo() {
    return caseNo;
  }

  public void setCaseNo(String caseNo) {
    this.caseNo = caseNo;
  }
}
