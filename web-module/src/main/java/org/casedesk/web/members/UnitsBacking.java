package org.casedesk.web.members;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.casedesk.areas.AreaItem;
import org.casedesk.areas.AreaService;
import org.casedesk.members.MemberService;
import org.casedesk.members.UnitForm;
import org.casedesk.members.UnitItem;
import org.casedesk.members.UnitKind;
import org.casedesk.web.shared.Messages;
import org.casedesk.web.shared.Pages;

/** The member units: list, add, change, leave. */
@Named
@ViewScoped
public class UnitsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient MemberService members;
  @Inject private transient AreaService areas;

  private boolean withInactive;
  private List<UnitItem> units;
  private List<AreaItem> communities;
  private Long editId;
  private long editVersion;
  private String name;
  private UnitKind kind;
  private Long communityId;
  private String contact;
  private LocalDate leftOn;

  @PostConstruct
  void init() {
    communities = areas.children(null);
    reload();
  }

  public void reload() {
    units = members.units(withInactive);
  }

  public void edit(UnitItem unit) {
    editId = unit.id();
    editVersion = unit.version();
    name = unit.name();
    kind = unit.kind();
    communityId = unit.communityId();
    contact = unit.contact();
  }

  public void clear() {
    editId = null;
    editVersion = 0;
    name = null;
    kind = null;
    communityId = null;
    contact = null;
  }

  public void save() {
    UnitForm form = new UnitForm(editId, editVersion, name, kind, communityId, contact);
    if (Messages.attempt(() -> members.saveUnit(form))) {
      Messages.info("unit.saved", name);
      clear();
    }
    reload();
  }

  public void leave(UnitItem unit) {
    if (Messages.attempt(() -> members.unitLeaves(unit.id(), unit.version(), leftOn))) {
      Messages.info("unit.left", unit.name());
    }
    reload();
  }

  public boolean isMaintainer() {
    return Pages.maintains();
  }

  public UnitKind[] getKinds() {
    return UnitKind.values();
  }

  public List<UnitItem> getUnits() {
    return units;
  }

  public List<AreaItem> getCommunities() {
    return communities;
  }

  public boolean isWithInactive() {
    return withInactive;
  }

  public void setWithInactive(boolean withInactive) {
    this.withInactive = withInactive;
  }

  public Long getEditId() {
    return editId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public UnitKind getKind() {
    return kind;
  }

  public void setKind(UnitKind kind) {
    this.kind = kind;
  }

  public Long getCommunityId() {
    return communityId;
  }

  public void setCommunityId(Long communityId) {
    this.communityId = communityId;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public LocalDate getLeftOn() {
    return leftOn;
  }

  public void setLeftOn(LocalDate leftOn) {
    this.leftOn = leftOn;
  }
}
