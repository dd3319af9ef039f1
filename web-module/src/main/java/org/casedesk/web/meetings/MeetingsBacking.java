package org.casedesk.web.meetings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.casedesk.areas.AreaItem;
import org.casedesk.areas.AreaService;
import org.casedesk.meetings.MeetingItem;
import org.casedesk.meetings.MeetingService;
import org.casedesk.web.shared.Messages;
import org.casedesk.web.shared.Pages;

/** 社工委会议: the list and scheduling a new one. */
@Named
@ViewScoped
public class MeetingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient MeetingService meetings;
  @Inject private transient AreaService areas;

  private List<MeetingItem> rows;
  private List<AreaItem> communities;
  private Long communityId;
  private String title;
  private LocalDate heldOn;
  private String place;

  @PostConstruct
  void init() {
    rows = meetings.meetings();
    communities = areas.children(null);
  }

  public void schedule() throws IOException {
    long[] id = new long[1];
    if (Messages.attempt(() -> id[0] = meetings.schedule(communityId, title, heldOn, place))) {
      Messages.info("meeting.saved", title);
      Pages.redirect("/committee/meeting.xhtml?id=" + id[0]);
    }
  }

  public List<MeetingItem> getRows() {
    return rows;
  }

  public List<AreaItem> getCommunities() {
    return communities;
  }

  public Long getCommunityId() {
    return communityId;
  }

  public void setCommunityId(Long communityId) {
    this.communityId = communityId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }
}
