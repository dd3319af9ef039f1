package org.casedesk.web.volunteer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.casedesk.areas.AreaService;
import org.casedesk.members.MemberItem;
import org.casedesk.members.MemberService;
import org.casedesk.members.UnitItem;
import org.casedesk.pairing.Candidate;
import org.casedesk.shared.Roles;
import org.casedesk.volunteer.ActivityItem;
import org.casedesk.volunteer.ActivityType;
import org.casedesk.volunteer.NewActivity;
import org.casedesk.volunteer.NewParticipant;
import org.casedesk.volunteer.NewUnitService;
import org.casedesk.volunteer.ServiceItem;
import org.casedesk.volunteer.ServiceType;
import org.casedesk.volunteer.VolunteerService;
import org.casedesk.web.shared.AddressPicker;
import org.casedesk.web.shared.Messages;
import org.casedesk.web.shared.Pages;

/**
 * 志愿服务 (activities.xhtml) and unit services (services.xhtml): the lists and a form each; people are
 * added to the form one by one (a member, a resident found by name or a named volunteer).
 */
@Named
@ViewScoped
public class VolunteerBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient VolunteerService volunteer;
  @Inject private transient MemberService members;
  @Inject private transient AreaService areas;

  private List<ActivityItem> activities;
  private List<ServiceItem> services;
  private final AddressPicker address = new AddressPicker();
  private List<UnitItem> units;
  private List<MemberItem> memberChoices;
  private List<Candidate> candidates = List.of();
  private final List<Pending> people = new ArrayList<>();
  private Long unitId;
  private ActivityType activityType;
  private ServiceType serviceType;
  private String title;
  private LocalDateTime heldAt;
  private LocalDate servedOn;
  private String place;
  private Long memberId;
  private String residentQuery;
  private Long residentId;
  private String volunteerName;
  private BigDecimal hours;

  @PostConstruct
  void init() {
    activities = volunteer.activities();
    services = volunteer.services();
    address.start(areas);
    units = members.units(false);
    memberChoices = members.members(null, false);
  }

  public void communityChanged() {
    address.communityChanged(areas);
  }

  public void searchResidents() {
    Messages.attempt(() -> candidates = volunteer.residents(residentQuery));
  }

  /** Adds the member, resident or named volunteer chosen, with the hours, to the participants. */
  public void addParticipant() {
    String label =
        memberId != null
            ? memberChoices.stream()
                .filter(m -> m.id() == memberId)
                .map(MemberItem::name)
                .findFirst()
                .orElse("")
            : residentId != null ? residentLabel() : volunteerName;
    people.add(new Pending(memberId, residentId, volunteerName, hours, label));
    memberId = null;
    residentId = null;
    volunteerName = null;
  }

  /** Adds the resident chosen to the recipients. */
  public void addRecipient() {
    if (residentId != null) {
      people.add(new Pending(null, residentId, null, null, residentLabel()));
      residentId = null;
    }
  }

  public void remove(Pending pending) {
    people.remove(pending);
  }

  public void createActivity() throws IOException {
    NewActivity input =
        new NewActivity(
            address.getCommunityId(),
            address.getGridId(),
            activityType,
            title,
            heldAt,
            place,
            unitId,
            people.stream()
                .map(p -> new NewParticipant(p.memberId(), p.residentId(), p.name(), p.hours()))
                .toList());
    if (Messages.attempt(() -> volunteer.createActivity(input))) {
      Messages.info("volunteer.saved", title);
      Pages.redirect("/committee/activities.xhtml");
    }
  }

  public void createService() throws IOException {
    NewUnitService input =
        new NewUnitService(
            address.getCommunityId(),
            address.getGridId(),
            unitId,
            serviceType,
            title,
            servedOn,
            people.stream().map(Pending::residentId).toList());
    if (Messages.attempt(() -> volunteer.createService(input))) {
      Messages.info("volunteer.saved", title);
      Pages.redirect("/committee/services.xhtml");
    }
  }

  private String residentLabel() {
    return candidates.stream()
        .filter(c -> c.id() == residentId)
        .map(c -> c.name() + " · " + c.address())
        .findFirst()
        .orElse("");
  }

  /** Officials and ADMIN, and handlers for their own unit. */
  public boolean isRecorder() {
    return Pages.maintains() || Pages.inRole(Roles.HANDLER);
  }

  public ActivityType[] getActivityTypes() {
    return ActivityType.values();
  }

  public ServiceType[] getServiceTypes() {
    return ServiceType.values();
  }

  public List<ActivityItem> getActivities() {
    return activities;
  }

  public List<ServiceItem> getServices() {
    return services;
  }

  public AddressPicker getAddress() {
    return address;
  }

  public List<UnitItem> getUnits() {
    return units;
  }

  public List<MemberItem> getMemberChoices() {
    return memberChoices;
  }

  public List<Candidate> getCandidates() {
    return candidates;
  }

  public List<Pending> getPeople() {
    return people;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public ActivityType getActivityType() {
    return activityType;
  }

  public void setActivityType(ActivityType activityType) {
    this.activityType = activityType;
  }

  public ServiceType getServiceType() {
    return serviceType;
  }

  public void setServiceType(ServiceType serviceType) {
    this.serviceType = serviceType;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDateTime getHeldAt() {
    return heldAt;
  }

  public void setHeldAt(LocalDateTime heldAt) {
    this.heldAt = heldAt;
  }

  public LocalDate getServedOn() {
    return servedOn;
  }

  public void setServedOn(LocalDate servedOn) {
    this.servedOn = servedOn;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public Long getMemberId() {
    return memberId;
  }

  public void setMemberId(Long memberId) {
    this.memberId = memberId;
  }

  public String getResidentQuery() {
    return residentQuery;
  }

  public void setResidentQuery(String residentQuery) {
    this.residentQuery = residentQuery;
  }

  public Long getResidentId() {
    return residentId;
  }

  public void setResidentId(Long residentId) {
    this.residentId = residentId;
  }

  public String getVolunteerName() {
    return volunteerName;
  }

  public void setVolunteerName(String volunteerName) {
    this.volunteerName = volunteerName;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }
}
