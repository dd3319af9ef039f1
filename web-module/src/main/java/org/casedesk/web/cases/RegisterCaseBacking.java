package org.casedesk.web.cases;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.casedesk.areas.AreaItem;
import org.casedesk.areas.AreaService;
import org.casedesk.cases.CaseReasonService;
import org.casedesk.cases.CaseSummary;
import org.casedesk.cases.IntakeService;
import org.casedesk.cases.InvalidCaseService;
import org.casedesk.cases.ReasonItem;
import org.casedesk.cases.ReasonKind;
import org.casedesk.cases.RegisterCase;
import org.casedesk.categories.CategoryItem;
import org.casedesk.categories.CategoryService;
import org.casedesk.categories.Channel;
import org.casedesk.residents.NewResident;
import org.casedesk.residents.ResidentItem;
import org.casedesk.residents.ResidentService;
import org.casedesk.web.shared.Messages;
import org.primefaces.PrimeFaces;

/**
 * The help desk's entry screen: resident, address (community → grid → courtyard or public place →
 * entrance or flat → flat, stopping at any level from the grid down, plus a free-text detail),
 * request.
 */
@Named
@ViewScoped
public class RegisterCaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient IntakeService intakeService;
  @Inject private transient CategoryService categoryService;
  @Inject private transient InvalidCaseService invalid;
  @Inject private transient CaseReasonService reasons;
  @Inject private transient AreaService areas;
  @Inject private transient ResidentService residents;

  private List<CategoryItem> categories;
  private List<AreaItem> communities;
  private List<AreaItem> grids = List.of();
  private List<AreaItem> courtyards = List.of();
  private List<AreaItem> flats = List.of();
  private List<AreaItem> rooms = List.of();
  private List<ResidentItem> residentMatches = List.of();
  private List<CaseSummary> earlierCases = List.of();

  private Long communityId;
  private Long gridId;
  private Long courtyardId;
  private Long flatId;
  private Long roomId;
  private String locationDetail;
  private ResidentItem resident;
  private String newName;
  private String newPhone;
  private String newIdNumber;
  private Long categoryId;
  private Channel channel = Channel.WINDOW;
  private String description;
  private boolean anonymous;
  private List<CaseSummary> duplicates = List.of();
  private Long repeatOfId;
  private String directAnswer;
  private Long invalidReasonId;
  private List<ReasonItem> invalidReasons;

  /** This form's one-time token: a second submit of it saves nothing new (double submit). */
  private final String requestToken = java.util.UUID.randomUUID().toString();

  @PostConstruct
  void load() {
    categories = categoryService.categories();
    communities = areas.children(null);
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

  /** A courtyard offers its entrances and flats; a public place has nothing below it. */
  public void courtyardChanged() {
    flats = courtyardId == null ? List.of() : areas.children(courtyardId);
    flatId = null;
    flatChanged();
  }

  /** An entrance offers its flats. */
  public void flatChanged() {
    rooms = flatId == null ? List.of() : areas.children(flatId);
    roomId = null;
    lookForDuplicates();
  }

  /** The deepest level picked: flat, entrance, courtyard or public place, else the grid. */
  private Long locationId() {
    return roomId != null
        ? roomId
        : flatId != null ? flatId : courtyardId != null ? courtyardId : gridId;
  }

  /** Shows the likely duplicates as soon as the location and the category are known. */
  public void lookForDuplicates() {
    duplicates =
        locationId() == null || categoryId == null
            ? List.of()
            : intakeService.likelyDuplicates(locationId(), categoryId);
    if (repeatOfId != null && duplicates.stream().noneMatch(d -> d.id() == repeatOfId)) {
      repeatOfId = null;
    }
  }

  public List<ResidentItem> completeResident(String query) {
    residentMatches = residents.find(query);
    return residentMatches;
  }

  /**
   * A known resident was chosen: their flat fills in the address (the new-resident fields are
   * disabled, so Tab skips them), their earlier cases are shown and the cursor goes on to the
   * category.
   */
  public void residentChosen() {
    newName = null;
    newPhone = null;
    newIdNumber = null;
    earlierCases = resident == null ? List.of() : intakeService.earlierCases(resident.id());
    if (resident != null && resident.flatId() != null) {
      fillAddress(resident.flatId());
      PrimeFaces.current().focus("registerForm:category");
    }
  }

  /** The resident was taken out again: a new resident can be typed in. */
  public void residentCleared() {
    resident = null;
    earlierCases = List.of();
  }

  /** Picks community, grid, courtyard and flat (with the entrance, if any) down to the node. */
  private void fillAddress(long nodeId) {
    List<AreaItem> path = areas.path(nodeId);
    communityId = null;
    gridId = null;
    courtyardId = null;
    flatId = null;
    roomId = null;
    for (AreaItem node : path) {
      switch (node.kind()) {
        case COMMUNITY -> communityId = node.id();
        case GRID -> gridId = node.id();
        case COURTYARD, PUBLIC_PLACE -> courtyardId = node.id();
        case ENTRANCE -> flatId = node.id();
        case FLAT -> {
          if (flatId == null) {
            flatId = node.id();
          } else {
            roomId = node.id();
          }
        }
        default -> {}
      }
    }
    grids = communityId == null ? List.of() : areas.children(communityId);
    courtyards = gridId == null ? List.of() : areas.children(gridId);
    flats = courtyardId == null ? List.of() : areas.children(courtyardId);
    rooms = flatId == null || roomId == null ? List.of() : areas.children(flatId);
    lookForDuplicates();
  }

  /** The category type-ahead: by name in either language or by pinyin initials (hjws). */
  public List<CategoryItem> completeCategory(String query) {
    return categories.stream().filter(c -> c.matches(query)).toList();
  }

  public CategoryItem getCategory() {
    return categoryId == null
        ? null
        : categories.stream().filter(c -> c.id() == categoryId).findFirst().orElse(null);
  }

  public void setCategory(CategoryItem category) {
    this.categoryId = category == null ? null : category.id();
  }

  public List<CaseSummary> getEarlierCases() {
    return earlierCases;
  }

  /** Saves and opens the new case. */
  public void save() throws IOException {
    register(false);
  }

  /** Saves and starts the next entry at once (Ctrl+Shift+S), for a busy desk. */
  public void saveAndNew() throws IOException {
    register(true);
  }

  /**
   * 合并: the caller joins the chosen open duplicate instead of opening a new case; opens that case.
   */
  public void merge() throws IOException {
    if (repeatOfId == null) {
      Messages.error("case.merge.none");
      return;
    }
    long into = repeatOfId;
    RegisterCase input = input(null, null);
    String caseNo =
        duplicates.stream()
            .filter(d -> d.id() == into)
            .map(CaseSummary::caseNo)
            .findFirst()
            .orElse("");
    if (Messages.attempt(() -> intakeService.mergeInto(into, input))) {
      Messages.info("case.merged", caseNo);
      Messages.keepForRedirect();
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/cases/case.xhtml?id=" + into);
    }
  }

  private RegisterCase input(Long repeatOf, String answer) {
    NewResident created = resident == null ? new NewResident(newName, newPhone, newIdNumber) : null;
    return new RegisterCase(
        resident == null ? null : resident.id(),
        created,
        locationId(),
        categoryId,
        channel,
        description,
        anonymous,
        repeatOf,
        answer,
        gridId,
        requestToken,
        locationDetail);
  }

  private void register(boolean next) throws IOException {
    RegisterCase input = input(repeatOfId, directAnswer);
    long[] id = new long[1];
    boolean invalidAtIntake = invalidReasonId != null;
    if (Messages.attempt(
        () ->
            id[0] =
                invalidAtIntake
                    ? invalid.registerInvalid(input, invalidReasonId, null)
                    : intakeService.register(input))) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      if (next) {
        // the next entry's page says which case was saved, with a link to it
        external.getFlash().put("savedCaseId", id[0]);
        external.getFlash().put("savedCaseNo", intakeService.caseNo(id[0]));
      } else {
        Messages.info(invalidAtIntake ? "case.markedInvalid" : "case.registered");
      }
      Messages.keepForRedirect();
      external.redirect(
          external.getRequestContextPath()
              + (next ? "/helpdesk/register.xhtml" : "/cases/case.xhtml?id=" + id[0]));
    }
  }

  public List<CaseSummary> getDuplicates() {
    return duplicates;
  }

  public Long getRepeatOfId() {
    return repeatOfId;
  }

  public void setRepeatOfId(Long repeatOfId) {
    this.repeatOfId = repeatOfId;
  }

  /** 不予受理 at intake: the reason chosen, or null to dispatch as usual. */
  public Long getInvalidReasonId() {
    return invalidReasonId;
  }

  public void setInvalidReasonId(Long invalidReasonId) {
    this.invalidReasonId = invalidReasonId;
  }

  /** Loaded once per view. */
  public List<ReasonItem> getInvalidReasons() {
    if (invalidReasons == null) {
      invalidReasons = reasons.active(ReasonKind.INVALID);
    }
    return invalidReasons;
  }

  public String getDirectAnswer() {
    return directAnswer;
  }

  public void setDirectAnswer(String directAnswer) {
    this.directAnswer = directAnswer;
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  public List<CategoryItem> getCategories() {
    return categories;
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

  public List<ResidentItem> getResidentMatches() {
    return residentMatches;
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

  public List<AreaItem> getRooms() {
    return rooms;
  }

  public Long getRoomId() {
    return roomId;
  }

  public void setRoomId(Long roomId) {
    this.roomId = roomId;
  }

  public String getLocationDetail() {
    return locationDetail;
  }

  public void setLocationDetail(String locationDetail) {
    this.locationDetail = locationDetail;
  }

  public Long getFlatId() {
    return flatId;
  }

  public void setFlatId(Long flatId) {
    this.flatId = flatId;
  }

  public ResidentItem getResident() {
    return resident;
  }

  public void setResident(ResidentItem resident) {
    this.resident = resident;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewPhone() {
    return newPhone;
  }

  public void setNewPhone(String newPhone) {
    this.newPhone = newPhone;
  }

  public String getNewIdNumber() {
    return newIdNumber;
  }

  public void setNewIdNumber(String newIdNumber) {
    this.newIdNumber = newIdNumber;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public boolean isAnonymous() {
    return anonymous;
  }

  public void setAnonymous(boolean anonymous) {
    this.anonymous = anonymous;
  }
}
