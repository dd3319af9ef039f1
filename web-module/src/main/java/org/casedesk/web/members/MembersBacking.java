package org.casedesk.web.members;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.casedesk.areas.AreaService;
import org.casedesk.members.MemberForm;
import org.casedesk.members.MemberItem;
import org.casedesk.members.MemberKind;
import org.casedesk.members.MemberService;
import org.casedesk.members.UnitItem;
import org.casedesk.web.shared.AddressPicker;
import org.casedesk.web.shared.Messages;
import org.casedesk.web.shared.Pages;

/** The members: list (optionally of one unit), add, change, leave. */
@Named
@ViewScoped
public class MembersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient MemberService service;
  @Inject private transient AreaService areas;

  private boolean withInactive;
  private Long unitFilter;
  private List<MemberItem> members;
  private List<UnitItem> units;
  private final AddressPicker address = new AddressPicker();
  private Long editId;
  private long editVersion;
  private String name;
  private MemberKind kind;
  private String position;
  private Long unitId;
  private LocalDate joinedOn;
  private LocalDate leftOn;

  @PostConstruct
  void init() {
    address.start(areas);
    units = service.units(false);
    reload();
  }

  public void reload() {
    members = service.members(unitFilter, withInactive);
  }

  public void communityChanged() {
    address.communityChanged(areas);
  }

  public void edit(MemberItem m) {
    editId = m.id();
    editVersion = m.version();
    name = m.name();
    kind = m.kind();
    position = m.position();
    unitId = m.unitId();
    address.pick(areas, m.communityId(), m.gridId());
    joinedOn = m.joinedOn();
  }

  public void clear() {
    editId = null;
    editVersion = 0;
    name = null;
    kind = null;
    position = null;
    unitId = null;
    address.pick(areas, null, null);
    joinedOn = null;
  }

  public void save() {
    Long userId =
        editId == null
            ? null
            : members.stream()
                .filter(m -> m.id() == editId)
                .map(MemberItem::userId)
                .findFirst()
                .orElse(null);
    MemberForm form =
        new MemberForm(
            editId,
            editVersion,
            name,
            kind,
            position,
            unitId,
            address.getCommunityId(),
            address.getGridId(),
            joinedOn,
            userId);
    if (Messages.attempt(() -> service.saveMember(form))) {
      Messages.info("member.saved", name);
      clear();
    }
    reload();
  }

  public void leave(MemberItem m) {
    if (Messages.attempt(() -> service.memberLeaves(m.id(), m.version(), leftOn))) {
      Messages.info("member.left", m.name());
    }
    reload();
  }

  public boolean isMaintainer() {
    return Pages.maintains();
  }

  public MemberKind[] getKinds() {
    return MemberKind.values();
  }

  public List<MemberItem> getMembers() {
    return members;
  }

  public List<UnitItem> getUnits() {
    return units;
  }

  public AddressPicker getAddress() {
    return address;
  }

  public boolean isWithInactive() {
    return withInactive;
  }

  public void setWithInactive(boolean withInactive) {
    this.withInactive = withInactive;
  }

  public Long getUnitFilter() {
    return unitFilter;
  }

  public void setUnitFilter(Long unitFilter) {
    this.unitFilter = unitFilter;
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

  public MemberKind getKind() {
    return kind;
  }

  public void setKind(MemberKind kind) {
    this.kind = kind;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public LocalDate getJoinedOn() {
    return joinedOn;
  }

  public void setJoinedOn(LocalDate joinedOn) {
    this.joinedOn = joinedOn;
  }

  public LocalDate getLeftOn() {
    return leftOn;
  }

  public void setLeftOn(LocalDate leftOn) {
    this.leftOn = leftOn;
  }
}
