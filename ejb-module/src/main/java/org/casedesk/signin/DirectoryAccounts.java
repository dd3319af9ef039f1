package org.casedesk.signin;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaRepository;
import org.casedesk.audit.AuditAction;
import org.casedesk.audit.AuditRepository;
import org.casedesk.members.UnitRepository;
import org.casedesk.shared.Roles;

/**
 * Sign-in against the LDAP directory (JNDI), when one is configured ({@link DirectorySettings}):
 * the service account finds the user's entry, a bind with the user's DN and password checks the
 * password, the user's groups give the role, and attributes name the community, grid and member
 * unit (by their CaseDesk names). The user gets a local copy in {@code app_user} (source LDAP, no
 * usable password) that is brought up to date at every sign-in, so that cases, the audit log and
 * area scoping work as for local users, and deactivating the copy refuses the directory user too. A
 * login that is a local account is never signed in by the directory (a directory entry cannot take
 * over the break-glass ADMIN).
 */
@Stateless
public class DirectoryAccounts {

  private static final Logger LOG = Logger.getLogger(DirectoryAccounts.class.getName());

  @Inject private AccountRepository accounts;
  @Inject private AuditRepository audit;
  @Inject private AreaRepository areas;
  @Inject private UnitRepository units;

  /** The role of a directory user whose password matches, or empty. */
  @PermitAll
  public Optional<String> authenticate(String username, char[] password) {
    Optional<DirectorySettings> settings = DirectorySettings.current();
    if (settings.isEmpty()
        || username == null
        || !username.strip().matches("[a-z0-9_.-]{3,40}")
        || password == null
        || password.length == 0) {
      return Optional.empty();
    }
    String login = username.strip();
    Optional<UserAccount> local = accounts.byUsername(login);
    if (local.isPresent() && (!local.get().isFromDirectory() || !local.get().isEnabled())) {
      return Optional.empty();
    }
    Optional<Entry> entry;
    try {
      entry = find(settings.get(), login, password);
    } catch (NamingException e) {
      LOG.warning(() -> "LDAP sign-in of " + login + " failed: " + e);
      return Optional.empty();
    }
    return entry.flatMap(e -> provision(settings.get(), login, e, local.orElse(null)));
  }

  /** What the directory says about a user whose password it accepted. */
  private record Entry(
      String name, String community, String grid, String unit, List<String> groups) {}

  private static Optional<Entry> find(DirectorySettings s, String login, char[] password)
      throws NamingException {
    DirContext service = connect(s, s.bindDn(), s.bindPassword());
    try {
      SearchControls controls = new SearchControls();
      controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
      controls.setTimeLimit(s.timeoutMillis());
      controls.setCountLimit(2);
      controls.setReturningAttributes(
          new String[] {
            s.nameAttribute(),
            s.communityAttribute() == null ? "1.1" : s.communityAttribute(),
            s.gridAttribute() == null ? "1.1" : s.gridAttribute(),
            s.unitAttribute() == null ? "1.1" : s.unitAttribute()
          });
      List<SearchResult> found = new ArrayList<>();
      NamingEnumeration<SearchResult> results =
          service.search(s.userBaseDn(), s.userFilter(), new Object[] {login}, controls);
      try {
        while (results.hasMore()) {
          found.add(results.next());
        }
      } catch (javax.naming.SizeLimitExceededException e) {
        return Optional.empty(); // more than one entry: ambiguous
      } finally {
        results.close();
      }
      if (found.size() != 1) {
        return Optional.empty();
      }
      String dn = found.get(0).getNameInNamespace();
      try {
        connect(s, dn, new String(password)).close();
      } catch (AuthenticationException e) {
        return Optional.empty();
      }
      Attributes attributes = found.get(0).getAttributes();
      return Optional.of(
          new Entry(
              first(attributes, s.nameAttribute()),
              first(attributes, s.communityAttribute()),
              first(attributes, s.gridAttribute()),
              first(attributes, s.unitAttribute()),
              groups(service, s, dn)));
    } finally {
      service.close();
    }
  }

  private static List<String> groups(DirContext service, DirectorySettings s, String dn)
      throws NamingException {
    SearchControls controls = new SearchControls();
    controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
    controls.setTimeLimit(s.timeoutMillis());
    controls.setReturningAttributes(new String[] {"cn"});
    List<String> groups = new ArrayList<>();
    NamingEnumeration<SearchResult> results =
        service.search(s.groupBaseDn(), s.groupFilter(), new Object[] {dn}, controls);
    try {
      while (results.hasMore()) {
        String cn = first(results.next().getAttributes(), "cn");
        if (cn != null) {
          groups.add(cn);
        }
      }
    } finally {
      results.close();
    }
    return groups;
  }

  private static DirContext connect(DirectorySettings s, String dn, String password)
      throws NamingException {
    Hashtable<String, Object> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    env.put(Context.PROVIDER_URL, s.url());
    env.put("com.sun.jndi.ldap.connect.timeout", String.valueOf(s.timeoutMillis()));
    env.put("com.sun.jndi.ldap.read.timeout", String.valueOf(s.timeoutMillis()));
    if (dn == null) {
      env.put(Context.SECURITY_AUTHENTICATION, "none");
    } else {
      env.put(Context.SECURITY_AUTHENTICATION, "simple");
      env.put(Context.SECURITY_PRINCIPAL, dn);
      env.put(Context.SECURITY_CREDENTIALS, password == null ? "" : password);
    }
    return new InitialDirContext(env);
  }

  private static String first(Attributes attributes, String name) throws NamingException {
    if (name == null) {
      return null;
    }
    Attribute attribute = attributes.get(name);
    Object value = attribute == null ? null : attribute.get();
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  /** Creates or updates the local copy; empty when the directory gives no usable role or area. */
  private Optional<String> provision(
      DirectorySettings s, String login, Entry entry, UserAccount existing) {
    String role =
        s.groupRoles().entrySet().stream()
            .filter(m -> entry.groups().contains(m.getKey()))
            .map(Map.Entry::getValue)
            .filter(r -> List.of(Roles.ALL).contains(r))
            .findFirst()
            .orElse(null);
    if (role == null) {
      LOG.warning(() -> "LDAP user " + login + " is in no mapped group " + entry.groups());
      return Optional.empty();
    }
    Long community = areas.idByName(AreaKind.COMMUNITY, entry.community(), null);
    Long grid = areas.idByName(AreaKind.GRID, entry.grid(), community);
    Long unit = units.activeIdByName(entry.unit());
    if (grid != null) {
      community = areas.find(grid).getCommunityId();
    } else if (community == null && unit != null) {
      community = units.find(unit).getCommunityId();
    }
    if ((Roles.HANDLER.equals(role) && grid == null && unit == null)
        || (Roles.COMMUNITY_OFFICIAL.equals(role) && community == null)) {
      LOG.warning(() -> "LDAP user " + login + " (" + role + ") has no known area: " + entry);
      return Optional.empty();
    }
    if (!Roles.HANDLER.equals(role)) {
      grid = null;
      unit = null;
      if (!Roles.COMMUNITY_OFFICIAL.equals(role)) {
        community = null;
      }
    }
    String name = entry.name() == null ? login : truncate(entry.name(), 60);
    UserAccount user = existing;
    if (user == null) {
      user = new UserAccount(login, "!ldap", name, role).fromDirectory();
      user.scopedTo(community, grid, unit);
      accounts.save(user);
      audit.recordAboutUser(user.getId(), AuditAction.USER_CREATED, user.getId(), "ldap " + role);
    } else if (!existing.getRole().equals(role)
        || !Objects.equals(existing.getCommunityId(), community)
        || !Objects.equals(existing.getGridId(), grid)
        || !Objects.equals(existing.getMemberUnitId(), unit)
        || !existing.getDisplayName().equals(name)) {
      String before =
          existing.getRole() + " " + existing.getCommunityId() + "/" + existing.getGridId();
      existing.change(name, role);
      existing.scopedTo(community, grid, unit);
      audit.recordAboutUser(
          existing.getId(),
          AuditAction.USER_CHANGED,
          existing.getId(),
          "ldap " + before + " -> " + role + " " + community + "/" + grid);
    }
    return Optional.of(role);
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
