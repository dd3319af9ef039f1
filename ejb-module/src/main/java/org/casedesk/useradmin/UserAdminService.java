package org.casedesk.useradmin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.accounts.AreaNames;
import org.casedesk.accounts.PasswordPolicy;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaNode;
import org.casedesk.audit.AuditAction;
import org.casedesk.audit.AuditRepository;
import org.casedesk.cases.BatchRejectedException;
import org.casedesk.members.CommitteeAccess;
import org.casedesk.members.Member;
import org.casedesk.members.MemberUnit;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Jpql;
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
public class UserAdminService {

  /** The most rows one import takes. */
  public static final int MAX_IMPORT = 500;

  @PersistenceContext private EntityManager em;
  @Inject private AccountRepository accounts;
  @Inject private AuditRepository audit;
  @Inject private CommitteeAccess areas;
  @Inject private AreaNames names;
  @Inject private Validator validator;
  @Resource private SessionContext context;

  /**
   * The users the caller manages, by login; {@code query} (optional) matches the start of the login
   * or of the name.
   */
  public List<UserItem> list(@Size(max = 40) String query, boolean includeInactive) {
    UserAccount me = me();
    StringBuilder jpql =
        new StringBuilder("select u from UserAccount u where " + Jpql.everyRow("u"));
    if (!isAdmin(me)) {
      jpql.append(" and u.role = :handler and u.communityId = :community");
    }
    if (!includeInactive) {
      jpql.append(" and u.enabled = true");
    }
    String q = query == null || query.isBlank() ? null : query.strip();
    if (q != null) {
      jpql.append(" and (u.username like :q escape '\\' or u.displayName like :q escape '\\')");
    }
    var select = em.createQuery(jpql.append(" order by u.username").toString(), UserAccount.class);
    if (!isAdmin(me)) {
      select.setParameter("handler", Roles.HANDLER).setParameter("community", me.getCommunityId());
    }
    if (q != null) {
      select.setParameter("q", q.replaceAll("([\\\\%_])", "\\\\$1") + "%");
    }
    Map<Long, Member> members = new java.util.HashMap<>();
    em.createQuery(
            "select m from CommitteeMember m where m.userId is not null order by m.id desc",
            Member.class)
        .getResultStream()
        .forEach(m -> members.put(m.getUserId(), m));
    return select
        .setMaxResults(1000)
        .getResultStream()
        .map(u -> item(u, members.get(u.getId())))
        .toList();
  }

  /** One user the caller manages. */
  public UserItem user(long id) {
    return item(managed(me(), id));
  }

  /** The roles the caller may give: every role for ADMIN, HANDLER for community officials. */
  public List<String> assignableRoles() {
    return isAdmin(me()) ? List.of(Roles.ALL) : List.of(Roles.HANDLER);
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
    UserAccount user = managed(me, form.id());
    if (user.getVersion() != form.version()) {
      throw new BusinessException("user.conflict");
    }
    if (!user.getUsername().equals(form.username())) {
      throw new BusinessException("user.username.fixed");
    }
    if (user.getId().equals(me.getId()) && !user.getRole().equals(form.role())) {
      throw new BusinessException("user.ownRole");
    }
    Long community = checkRoleAndArea(me, form);
    String before = describe(item(user).toForm());
    user.change(form.displayName().strip(), form.role());
    user.scopedTo(community, form.gridId(), form.memberUnitId());
    link(me, user, form.memberId());
    String after = describe(form);
    audit.recordAboutUser(
        me.getId(), AuditAction.USER_CHANGED, user.getId(), before + " -> " + after);
  }

  /** Deactivates a user: they can no longer sign in; everything they did keeps their name. */
  public void deactivate(long id) {
    UserAccount me = me();
    UserAccount user = managed(me, id);
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
    UserAccount user = managed(me, id);
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
    UserAccount user = managed(me, id);
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
        UserForm form = form(me, cells);
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
    Long community = isAdmin(me) ? null : me.getCommunityId();
    String inCommunity = community == null ? "" : " and a.communityId = :c";
    return new UserChoices(
        assignableRoles(),
        choices(
            "select a.id, a.name from AreaNode a where a.kind = org.casedesk.areas.AreaKind.COMMUNITY"
                + inCommunity
                + " order by a.name",
            community),
        choices(
            "select a.id, concat(c.name, ' / ', a.name) from AreaNode a, AreaNode c"
                + " where c.id = a.communityId and a.kind = org.casedesk.areas.AreaKind.GRID"
                + inCommunity
                + " order by c.name, a.name",
            community),
        choices(
            "select a.id, a.name from MemberUnit a where a.active = true"
                + (community == null ? "" : " and (a.communityId = :c or a.communityId is null)")
                + " order by a.name",
            community),
        choices(
            "select a.id, a.name from CommitteeMember a where a.active = true"
                + inCommunity
                + " order by a.name",
            community));
  }

  private List<Choice> choices(String jpql, Long community) {
    var query = em.createQuery(jpql, Object[].class);
    if (community != null) {
      query.setParameter("c", community);
    }
    return query.getResultStream().map(r -> new Choice((Long) r[0], (String) r[1])).toList();
  }

  /** A sheet row as a form: names resolved (an unknown name is an error of its own). */
  private UserForm form(UserAccount me, UserImportRow cells) {
    if (cells == null) {
      throw new BusinessException("user.import.emptyRow");
    }
    Long community = names.area(AreaKind.COMMUNITY, cells.community(), null);
    if (community == null && !blank(cells.community())) {
      throw new BusinessException("user.import.community");
    }
    if (community == null && !isAdmin(me)) {
      community = me.getCommunityId();
    }
    Long grid = names.area(AreaKind.GRID, cells.grid(), community);
    if (grid == null && !blank(cells.grid())) {
      throw new BusinessException("user.import.grid");
    }
    Long unit = names.unit(cells.unit());
    if (unit == null && !blank(cells.unit())) {
      throw new BusinessException("user.import.unit");
    }
    String role = blank(cells.role()) ? null : cells.role().strip().toUpperCase(Locale.ROOT);
    return new UserForm(
        null,
        0,
        blank(cells.username()) ? null : cells.username().strip(),
        cells.displayName(),
        role,
        Roles.HANDLER.equals(role) || Roles.COMMUNITY_OFFICIAL.equals(role) ? community : null,
        grid,
        unit,
        null);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private OneTimePassword createOne(UserAccount me, UserForm form) {
    if (form.id() != null) {
      throw new BusinessException("user.notFound");
    }
    if (accounts.byUsername(form.username()).isPresent()) {
      throw new BusinessException("user.username.taken");
    }
    Long community = checkRoleAndArea(me, form);
    String password = PasswordPolicy.oneTimePassword();
    UserAccount user =
        new UserAccount(
                form.username(),
                PasswordHasher.hash(password.toCharArray(), PasswordPolicy.ONE_TIME_ITERATIONS),
                form.displayName().strip(),
                form.role())
            .scopedTo(community, form.gridId(), form.memberUnitId());
    user.setPassword(user.getPasswordHash(), true);
    em.persist(user);
    em.flush();
    link(me, user, form.memberId());
    return new OneTimePassword(user.getId(), user.getUsername(), password);
  }

  /**
   * Checks the role and its area and gives the user's community: handlers work in a grid (the
   * community is the grid's) or for a member unit (then in the unit's community, or the one given),
   * community officials in a community; the others cover the whole sub-district and have no area. A
   * community official gives only the handler role, in their own community.
   */
  private Long checkRoleAndArea(UserAccount me, UserForm form) {
    if (!List.of(Roles.ALL).contains(form.role())) {
      throw new BusinessException("user.role.invalid");
    }
    if (!isAdmin(me) && !Roles.HANDLER.equals(form.role())) {
      throw new BusinessException("user.role.notYours");
    }
    Long community = form.communityId();
    switch (form.role()) {
      case Roles.HANDLER -> {
        if (form.gridId() == null && form.memberUnitId() == null) {
          throw new BusinessException("user.handler.area");
        }
        if (form.gridId() != null) {
          AreaNode grid = em.find(AreaNode.class, form.gridId());
          if (grid == null || grid.getKind() != AreaKind.GRID) {
            throw new BusinessException("member.grid.invalid");
          }
          community = grid.getCommunityId();
        }
        if (form.memberUnitId() != null) {
          MemberUnit unit = em.find(MemberUnit.class, form.memberUnitId());
          if (unit == null
              || !unit.isActive()
              || (unit.getCommunityId() != null
                  && community != null
                  && !unit.getCommunityId().equals(community))) {
            throw new BusinessException("member.unit.invalid");
          }
          if (community == null) {
            community = unit.getCommunityId();
          }
        }
        if (community == null) {
          throw new BusinessException("member.community.invalid");
        }
        areas.requireArea(community, form.gridId());
      }
      case Roles.COMMUNITY_OFFICIAL -> {
        if (form.gridId() != null || form.memberUnitId() != null) {
          throw new BusinessException("user.area.notForRole");
        }
        areas.requireArea(community, null);
      }
      default -> {
        if (community != null || form.gridId() != null || form.memberUnitId() != null) {
          throw new BusinessException("user.area.notForRole");
        }
      }
    }
    if (!isAdmin(me) && !Objects.equals(community, me.getCommunityId())) {
      throw new BusinessException("user.notYourCommunity");
    }
    return community;
  }

  /**
   * Links the user, a handler, to a committee member of their community (or unlinks every member),
   * as the member screen does.
   */
  private void link(UserAccount me, UserAccount user, Long memberId) {
    Member member = null;
    if (memberId != null) {
      member = em.find(Member.class, memberId);
      if (member == null
          || !Roles.HANDLER.equals(user.getRole())
          || !member.isActive()
          || (member.getUserId() != null && !member.getUserId().equals(user.getId()))
          || (member.getCommunityId() != null
              && !member.getCommunityId().equals(user.getCommunityId()))
          || !areas.sees(me, member.getCommunityId())) {
        throw new BusinessException("user.member.invalid");
      }
    }
    for (Member linked :
        em.createQuery("select m from CommitteeMember m where m.userId = :u", Member.class)
            .setParameter("u", user.getId())
            .getResultList()) {
      if (member == null || !linked.getId().equals(member.getId())) {
        linked.linkTo(null);
      }
    }
    if (member != null) {
      member.linkTo(user.getId());
    }
  }

  /** A user the caller manages; any other looks like a missing one. */
  private UserAccount managed(UserAccount me, long id) {
    UserAccount user = em.find(UserAccount.class, id);
    if (user == null
        || (!isAdmin(me)
            && (!Roles.HANDLER.equals(user.getRole())
                || !Objects.equals(user.getCommunityId(), me.getCommunityId())))) {
      throw new BusinessException("user.notFound");
    }
    return user;
  }

  private UserItem item(UserAccount u) {
    return item(
        u,
        em.createQuery(
                "select m from CommitteeMember m where m.userId = :u order by m.id", Member.class)
            .setParameter("u", u.getId())
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null));
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
        u.getMemberUnitId() == null
            ? null
            : em.find(MemberUnit.class, u.getMemberUnitId()).getName(),
        member == null ? null : member.getId(),
        member == null ? null : member.getName(),
        u.isEnabled(),
        u.isMustChangePassword(),
        u.getSource());
  }

  private String areaName(Long id) {
    return id == null ? null : em.find(AreaNode.class, id).getName();
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

  private UserAccount me() {
    return accounts.caller(context.getCallerPrincipal());
  }

  private static boolean isAdmin(UserAccount me) {
    return Roles.ADMIN.equals(me.getRole());
  }
}
