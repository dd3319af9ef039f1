package org.casedesk.useradmin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.accounts.BaseService;
import org.casedesk.accounts.PasswordPolicy;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaRepository;
import org.casedesk.audit.AuditAction;
import org.casedesk.audit.AuditRepository;
import org.casedesk.cases.BatchRejectedException;
import org.casedesk.members.Member;
import org.casedesk.members.UnitRepository;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.PasswordHasher;
import org.casedesk.shared.Roles;

/**
 * User administration. ADMIN manages every user; a community official only the handlers of their
 * own community (a user of anyone else looks like a missing one). Users are never deleted (the
 * history keeps their name): they are deactivated, and then cannot sign in. A new user and a reset
 * get a one-time password that must be changed at the next login. Every action is written to the
 * audit log, about the user it concerns.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COMMUNITY_OFFICIAL})
public class UserAdminService extends BaseService {

  /** The most rows one import takes. */
  public static final int MAX_IMPORT = 500;

  @Inject private UserAdminRepository repository;
  @Inject private AccountRepository accounts;
  @Inject private AuditRepository audit;
  @Inject private AreaRepository areaNodes;
  @Inject private UnitRepository units;
  @Inject private Validator validator;
  @Inject private UserRules rules;

  /**
   * The users the caller manages, by login; {@code query} (optional) matches the start of the login
   * or of the name.
   */
  public List<UserItem> list(@Size(max = 40) String query, boolean includeInactive) {
    UserAccount me = me();
    String q = query == null || query.isBlank() ? null : query.strip();
    Map<Long, Member> members = repository.membersByUser();
    return repository
        .users(q, includeInactive, UserRules.isAdmin(me) ? null : me.getCommunityId())
        .stream()
        .map(u -> item(u, members.get(u.getId())))
        .toList();
  }

  /** One user the caller manages. */
  public UserItem user(long id) {
    return item(rules.managed(me(), id));
  }

  /** The roles the caller may give: every role for ADMIN, HANDLER for community officials. */
  public List<String> assignableRoles() {
    return UserRules.isAdmin(me()) ? List.of(Roles.ALL) : List.of(Roles.HANDLER);
  }

  /** Creates a user with a one-time password (shown once, to be handed over). */
  public OneTimePassword create(@NotNull @Valid UserForm form) {
    UserAccount me = me();
    OneTimePassword created = createOne(me, form);
    audit.recordAboutUser(me.getId(), AuditAction.USER_CREATED, created.userId(), describe(form));
    return created;
  }

  /** Changes a user's name, role, area and committee member, at the version the caller saw. */
  public void update(@NotNull @Valid UserForm form) {
    UserAccount me = me();
    if (form.id() == null) {
      throw new BusinessException("user.notFound");
    }
    UserAccount user = rules.managed(me, form.id());
    if (user.getVersion() != form.version()) {
      throw new BusinessException("user.conflict");
    }
    if (!user.getUsername().equals(form.username())) {
      throw new BusinessException("user.username.fixed");
    }
    if (user.getId().equals(me.getId()) && !user.getRole().equals(form.role())) {
      throw new BusinessException("user.ownRole");
    }
    Long community = rules.communityOf(me, form);
    String before = describe(item(user).toForm());
    user.change(form.displayName().strip(), form.role());
    user.scopedTo(community, form.gridId(), form.memberUnitId());
    rules.link(me, user, form.memberId());
    String after = describe(form);
    audit.recordAboutUser(
        me.getId(), AuditAction.USER_CHANGED, user.getId(), before + " -> " + after);
  }

  /** Deactivates a user: they can no longer sign in; everything they did keeps their name. */
  public void deactivate(long id) {
    UserAccount me = me();
    UserAccount user = rules.managed(me, id);
    if (user.getId().equals(me.getId())) {
      throw new BusinessException("user.ownAccount");
    }
    if (!user.isEnabled()) {
      throw new BusinessException("user.alreadyInactive");
    }
    user.setEnabled(false);
    audit.recordAboutUser(me.getId(), AuditAction.USER_DEACTIVATED, id, user.getUsername());
  }

  public void reactivate(long id) {
    UserAccount me = me();
    UserAccount user = rules.managed(me, id);
    if (user.isEnabled()) {
      throw new BusinessException("user.alreadyActive");
    }
    user.setEnabled(true);
    audit.recordAboutUser(me.getId(), AuditAction.USER_REACTIVATED, id, user.getUsername());
  }

  /**
   * Sets a one-time password, to be changed at the next login. Directory users' passwords live in
   * the directory.
   */
  public OneTimePassword resetPassword(long id) {
    UserAccount me = me();
    UserAccount user = rules.managed(me, id);
    if (user.isFromDirectory()) {
      throw new BusinessException("password.directory");
    }
    String password = PasswordPolicy.oneTimePassword();
    user.setPassword(
        PasswordHasher.hash(password.toCharArray(), PasswordPolicy.ONE_TIME_ITERATIONS), true);
    audit.recordAboutUser(me.getId(), AuditAction.PASSWORD_RESET, id, user.getUsername());
    return new OneTimePassword(user.getId(), user.getUsername(), password);
  }

  /**
   * Creates the users of a sheet (a community onboarding its grid workers), each with a one-time
   * password; community, grid and unit are given by name. All or nothing: if any row is wrong,
   * {@link BatchRejectedException} names every wrong row (0-based) and nothing is saved.
   */
  public List<OneTimePassword> importUsers(
      @NotNull @Size(min = 1, max = MAX_IMPORT, message = "{user.import.size}")
          List<UserImportRow> rows) {
    UserAccount me = me();
    Map<Integer, List<String>> errors = new TreeMap<>();
    List<OneTimePassword> created = new ArrayList<>();
    Set<String> logins = new HashSet<>();
    for (int row = 0; row < rows.size(); row++) {
      UserImportRow cells = rows.get(row);
      try {
        UserForm form = rules.form(me, cells);
        List<String> problems =
            java.util.stream.Stream.concat(
                    validator.validate(form).stream(), validator.validate(cells).stream())
                .map(ConstraintViolation::getMessageTemplate)
                .distinct()
                .sorted()
                .toList();
        if (!problems.isEmpty()) {
          errors.put(row, problems);
          continue;
        }
        if (!logins.add(form.username())) {
          throw new BusinessException("user.username.twice");
        }
        OneTimePassword one = createOne(me, form);
        created.add(one);
        audit.recordAboutUser(
            me.getId(), AuditAction.USER_CREATED, one.userId(), "import: " + describe(form));
      } catch (BusinessException e) {
        errors.put(row, List.of(e.getMessageKey()));
      }
    }
    if (!errors.isEmpty()) {
      throw new BatchRejectedException(errors);
    }
    return created;
  }

  /** The select boxes of the user form. */
  public UserChoices choices() {
    UserAccount me = me();
    Long community = UserRules.isAdmin(me) ? null : me.getCommunityId();
    return new UserChoices(
        assignableRoles(),
        repository.communities(community),
        repository.grids(community),
        repository.units(community),
        repository.members(community));
  }

  private OneTimePassword createOne(UserAccount me, UserForm form) {
    if (form.id() != null) {
      throw new BusinessException("user.notFound");
    }
    if (accounts.byUsername(form.username()).isPresent()) {
      throw new BusinessException("user.username.taken");
    }
    Long community = rules.communityOf(me, form);
    String password = PasswordPolicy.oneTimePassword();
    UserAccount user =
        new UserAccount(
                form.username(),
                PasswordHasher.hash(password.toCharArray(), PasswordPolicy.ONE_TIME_ITERATIONS),
                form.displayName().strip(),
                form.role())
            .scopedTo(community, form.gridId(), form.memberUnitId());
    user.setPassword(user.getPasswordHash(), true);
    accounts.save(user);
    rules.link(me, user, form.memberId());
    return new OneTimePassword(user.getId(), user.getUsername(), password);
  }

  private UserItem item(UserAccount u) {
    return item(u, repository.firstMemberOf(u.getId()).orElse(null));
  }

  private UserItem item(UserAccount u, Member member) {
    return new UserItem(
        u.getId(),
        u.getVersion(),
        u.getUsername(),
        u.getDisplayName(),
        u.getRole(),
        u.getCommunityId(),
        areaName(u.getCommunityId()),
        u.getGridId(),
        areaName(u.getGridId()),
        u.getMemberUnitId(),
        u.getMemberUnitId() == null ? null : units.find(u.getMemberUnitId()).getName(),
        member == null ? null : member.getId(),
        member == null ? null : member.getName(),
        u.isEnabled(),
        u.isMustChangePassword(),
        u.getSource());
  }

  private String areaName(Long id) {
    return id == null ? null : areaNodes.find(id).getName();
  }

  private static String describe(UserForm f) {
    return f.username()
        + " "
        + f.role()
        + (f.communityId() == null ? "" : " community " + f.communityId())
        + (f.gridId() == null ? "" : " grid " + f.gridId())
        + (f.memberUnitId() == null ? "" : " unit " + f.memberUnitId())
        + (f.memberId() == null ? "" : " member " + f.memberId());
  }
}
