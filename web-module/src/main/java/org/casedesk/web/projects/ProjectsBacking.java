package org.casedesk.web.projects;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.casedesk.areas.AreaService;
import org.casedesk.projects.NewProject;
import org.casedesk.projects.ProjectItem;
import org.casedesk.projects.ProjectService;
import org.casedesk.web.shared.AddressPicker;
import org.casedesk.web.shared.Messages;
import org.casedesk.web.shared.Pages;

/** 办实事项目: the list and a new project with its parts (one per line). */
@Named
@ViewScoped
public class ProjectsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ProjectService projects;
  @Inject private transient AreaService areas;

  private List<ProjectItem> rows;
  private final AddressPicker address = new AddressPicker();
  private String title;
  private String description;
  private String place;
  private LocalDate dueOn;
  private String parts;

  @PostConstruct
  void init() {
    rows = projects.projects();
    address.start(areas);
  }

  public void communityChanged() {
    address.communityChanged(areas);
  }

  public void create() throws IOException {
    List<String> partList = parts == null ? List.of() : Arrays.asList(parts.split("\\R"));
    NewProject input =
        new NewProject(
            title,
            description,
            address.getCommunityId(),
            address.getGridId(),
            place,
            dueOn,
            partList);
    long[] id = new long[1];
    if (Messages.attempt(() -> id[0] = projects.create(input))) {
      Messages.info("project.saved", title);
      Pages.redirect("/committee/project.xhtml?id=" + id[0]);
    }
  }

  public boolean isMaintainer() {
    return Pages.maintains();
  }

  public List<ProjectItem> getRows() {
    return rows;
  }

  public AddressPicker getAddress() {
    return address;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public String getParts() {
    return parts;
  }

  public void setParts(String parts) {
    this.parts = parts;
  }
}
