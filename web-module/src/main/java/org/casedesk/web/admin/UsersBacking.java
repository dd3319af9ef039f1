package org.casedesk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.casedesk.cases.BatchRejectedException;
import org.casedesk.useradmin.OneTimePassword;
import org.casedesk.useradmin.UserAdminService;
import org.casedesk.useradmin.UserChoices;
import org.casedesk.useradmin.UserForm;
import org.casedesk.useradmin.UserImportRow;
import org.casedesk.useradmin.UserItem;
import org.casedesk.web.shared.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * 用户管理: the users the caller manages (ADMIN all, a community official their community's handlers),
 * a form to create or edit one, deactivate / reactivate, reset to a one-time password, and the
 * import of a CSV or XLSX sheet (all or nothing, each wrong row says why). One-time passwords are
 * shown once, on this page.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient UserAdminService users;

  private String query;
  private boolean includeInactive;
  private List<UserItem> rows;
  private UserChoices choices;

  private Long id;
  private long version;
  private String username;
  private String displayName;
  private String role;
  private Long communityId;
  private Long gridId;
  private Long memberUnitId;
  private Long memberId;

  /** The one-time passwords of the last creation, reset or import. */
  private List<OneTimePassword> oneTime = List.of();

  /** The wrong rows of the last refused import, as "row n: why". */
  private List<String> importErrors = List.of();

  @PostConstruct
  void load() {
    choices = users.choices();
    search();
  }

  public void search() {
    Messages.attempt(() -> rows = users.list(query, includeInactive));
  }

  public void newUser() {
    edit(null);
  }

  public void edit(UserItem item) {
    UserForm f =
        item == null
            ? new UserForm(null, 0, null, null, choices.roles().get(0), null, null, null, null)
            : users.user(item.id()).toForm();
    id = f.id();
    version = f.version();
    username = f.username();
    displayName = f.displayName();
    role = f.role();
    communityId = f.communityId();
    gridId = f.gridId();
    memberUnitId = f.memberUnitId();
    memberId = f.memberId();
  }

  public void save() {
    UserForm form =
        new UserForm(
            id, version, username, displayName, role, communityId, gridId, memberUnitId, memberId);
    boolean creating = id == null;
    List<OneTimePassword> created = new ArrayList<>();
    if (Messages.attempt(
        () -> {
          if (creating) {
            created.add(users.create(form));
          } else {
            users.update(form);
          }
        })) {
      oneTime = created;
      Messages.info(creating ? "users.created" : "users.saved", username);
      edit(creating ? null : users.user(id));
      search();
    }
  }

  public void deactivate(UserItem item) {
    if (Messages.attempt(() -> users.deactivate(item.id()))) {
      Messages.info("users.deactivated", item.username());
      search();
    }
  }

  public void reactivate(UserItem item) {
    if (Messages.attempt(() -> users.reactivate(item.id()))) {
      Messages.info("users.reactivated", item.username());
      search();
    }
  }

  public void resetPassword(UserItem item) {
    List<OneTimePassword> reset = new ArrayList<>();
    if (Messages.attempt(() -> reset.add(users.resetPassword(item.id())))) {
      oneTime = reset;
      Messages.info("users.passwordReset", item.username());
      search();
    }
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    importErrors = List.of();
    List<UserImportRow> sheet;
    try {
      sheet = UserSheet.read(file.getFileName(), file.getContent());
    } catch (IllegalArgumentException e) {
      Messages.error("users.import.unreadable");
      return;
    }
    if (sheet.isEmpty()) {
      Messages.error("users.import.empty");
      return;
    }
    List<OneTimePassword> created = new ArrayList<>();
    BatchRejectedException[] rejected = new BatchRejectedException[1];
    boolean called =
        Messages.attempt(
            () -> {
              try {
                created.addAll(users.importUsers(sheet));
              } catch (BatchRejectedException e) {
                rejected[0] = e; // per row, below
              }
            });
    if (!called) {
      return;
    }
    if (rejected[0] != null) {
      // the sheet's row number: the heading is row 1
      importErrors =
          rejected[0].getRowErrors().entrySet().stream()
              .map(
                  e ->
                      Messages.text(
                          "batch.rowError",
                          e.getKey() + 2,
                          e.getValue().stream()
                              .map(Messages::textOfTemplate)
                              .collect(Collectors.joining("；"))))
              .toList();
      Messages.error("batch.rejected", rejected[0].getRowErrors().size());
      return;
    }
    oneTime = created;
    Messages.info("users.imported", created.size());
    search();
  }

  public List<UserItem> getRows() {
    return rows;
  }

  public UserChoices getChoices() {
    return choices;
  }

  public boolean isEditing() {
    return id != null;
  }

  public List<OneTimePassword> getOneTime() {
    return oneTime;
  }

  public List<String> getImportErrors() {
    return importErrors;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public boolean isIncludeInactive() {
    return includeInactive;
  }

  public void setIncludeInactive(boolean includeInactive) {
    this.includeInactive = includeInactive;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
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

  public Long getMemberUnitId() {
    return memberUnitId;
  }

  public void setMemberUnitId(Long memberUnitId) {
    this.memberUnitId = memberUnitId;
  }

  public Long getMemberId() {
    return memberId;
  }

  public void setMemberId(Long memberId) {
    this.memberId = memberId;
  }
}
