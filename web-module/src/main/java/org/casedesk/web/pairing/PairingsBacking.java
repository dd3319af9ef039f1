package org.casedesk.web.pairing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.casedesk.members.MemberItem;
import org.casedesk.members.MemberService;
import org.casedesk.pairing.CadenceItem;
import org.casedesk.pairing.Candidate;
import org.casedesk.pairing.GridFlag;
import org.casedesk.pairing.NewPairing;
import org.casedesk.pairing.PairingItem;
import org.casedesk.pairing.PairingService;
import org.casedesk.shared.Roles;
import org.casedesk.web.shared.Messages;
import org.casedesk.web.shared.Pages;

/** 结对帮扶: pairings per grid with the overdue ones flagged, new pairings, visit cadences. */
@Named
@ViewScoped
public class PairingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient PairingService pairings;
  @Inject private transient MemberService members;

  private List<GridFlag> flags;
  private List<PairingItem> rows;
  private List<CadenceItem> cadences;
  private Long gridFilter;
  private boolean overdueOnly;

  private List<MemberItem> memberChoices;
  private List<Candidate> candidates = List.of();
  private String residentQuery;
  private Long memberId;
  private Long residentId;
  private String tag;
  private LocalDate startedOn;
  private String cadenceTag;
  private Integer cadenceDays;

  @PostConstruct
  void init() {
    flags = pairings.flagsByGrid();
    cadences = pairings.cadences();
    reload();
  }

  public void reload() {
    rows = pairings.pairings(gridFilter, overdueOnly);
  }

  public void showGrid(long gridId) {
    gridFilter = gridId;
    overdueOnly = true;
    reload();
  }

  public void searchResidents() {
    Messages.attempt(() -> candidates = pairings.candidates(residentQuery));
  }

  public void pair() throws IOException {
    NewPairing input = new NewPairing(memberId, residentId, tag, startedOn);
    long[] id = new long[1];
    if (Messages.attempt(() -> id[0] = pairings.pair(input))) {
      Messages.info("pairing.saved");
      Pages.redirect("/committee/pairing.xhtml?id=" + id[0]);
    }
  }

  public void saveCadence() {
    int days = cadenceDays == null ? 0 : cadenceDays;
    if (Messages.attempt(() -> pairings.setCadence(cadenceTag, days))) {
      Messages.info("cadence.saved", cadenceTag);
      cadences = pairings.cadences();
      flags = pairings.flagsByGrid();
      reload();
    }
  }

  public boolean isMaintainer() {
    return Pages.maintains();
  }

  public boolean isCadenceMaintainer() {
    return Pages.inRole(Roles.ADMIN) || Pages.inRole(Roles.SUBDISTRICT_OFFICIAL);
  }

  /** Loaded when an official first opens the new-pairing form. */
  public List<MemberItem> getMemberChoices() {
    if (memberChoices == null && isMaintainer()) {
      memberChoices = members.members(null, false);
    }
    return memberChoices;
  }

  public List<GridFlag> getFlags() {
    return flags;
  }

  public List<PairingItem> getRows() {
    return rows;
  }

  public List<CadenceItem> getCadences() {
    return cadences;
  }

  public List<Candidate> getCandidates() {
    return candidates;
  }

  public Long getGridFilter() {
    return gridFilter;
  }

  public void setGridFilter(Long gridFilter) {
    this.gridFilter = gridFilter;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }

  public String getResidentQuery() {
    return residentQuery;
  }

  public void setResidentQuery(String residentQuery) {
    this.residentQuery = residentQuery;
  }

  public Long getMemberId() {
    return memberId;
  }

  public void setMemberId(Long memberId) {
    this.memberId = memberId;
  }

  public Long getResidentId() {
    return residentId;
  }

  public void setResidentId(Long residentId) {
    this.residentId = residentId;
  }

  public String getTag() {
    return tag;
  }

  public void setTag(String tag) {
    this.tag = tag;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public void setStartedOn(LocalDate startedOn) {
    this.startedOn = startedOn;
  }

  public String getCadenceTag() {
    return cadenceTag;
  }

  public void setCadenceTag(String cadenceTag) {
    this.cadenceTag = cadenceTag;
  }

  public Integer getCadenceDays() {
    return cadenceDays;
  }

  public void setCadenceDays(Integer cadenceDays) {
    this.cadenceDays = cadenceDays;
  }
}
