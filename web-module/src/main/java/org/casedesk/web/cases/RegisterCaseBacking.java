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
import org.casedesk.web.shared.AddressPicker;
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
  private final AddressPicker address = new AddressPicker();
  private List<ResidentItem> residentMatches = List.of();
  private List<CaseSummary> earlierCases = List.of();

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
    address.start(areas);
  }

  public void communityChanged() {
    address.communityChanged(areas);
    lookForDuplicates();
  }

  public void gridChanged() {
    address.gridChanged(areas);
    lookForDuplicates();
  }

  public void courtyardChanged() {
    address.courtyardChanged(areas);
    lookForDuplicates();
  }

  public void flatChanged() {
    address.flatChanged(areas);
    lookForDuplicates();
  }

  /** Shows the likely duplicates as soon as the location and the category are known. */
  public void lookForDuplicates() {
    duplicates =
        address.deepest() == null || categoryId == null
            ? List.of()
            : intakeService.likelyDuplicates(address.deepest(), categoryId);
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
      address.pickDownTo(areas, resident.flatId());
      lookForDuplicates();
      PrimeFaces.current().focus("registerForm:category");
    }
  }

  /** The resident was taken out again: a new resident can be typed in. */
  public void residentCleared() {
    resident = null;
    earlierCases = List.of();
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
        address.deepest(),
        categoryId,
        channel,
        description,
        anonymous,
        repeatOf,
        answer,
        address.getGridId(),
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

  public AddressPicker getAddress() {
    return address;
  }

  public List<ResidentItem> getResidentMatches() {
    return residentMatches;
  }

  public String getLocationDetail() {
    return locationDetail;
  }

  public void setLocationDetail(String locationDetail) {
    this.locationDetail = locationDetail;
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
