package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.casedesk.accounts.CurrentUser;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.Login;
import org.casedesk.it.support.TestData;
import org.casedesk.shared.BusinessException;
import org.casedesk.signin.AccountService;
import org.casedesk.useradmin.UserAdminService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in against a real LDAP directory, UnboundID's in-memory directory server, which this test
 * starts inside the Micro under test on the loopback port that the Micro's {@code CASEDESK_LDAP_*}
 * settings name (ear/pom.xml): role from the groups, community, grid and unit from attributes, the
 * local copy kept up to date, deactivation, and local accounts that keep working (also with the
 * directory down) and cannot be taken over by a directory entry.
 */
@ExtendWith(ArquillianExtension.class)
class LdapIT {

  private static final String BASE = "dc=zhangyelu,dc=test";
  private static final String PASSWORD = "directory-pass-2026";

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(LdapIT.class)
        .addAsLibrary(Deployments.jarOf(InMemoryDirectoryServer.class));
  }

  @Inject private Login login;
  @Inject private AccountService accounts;
  @Inject private UserAdminService users;

  private InMemoryDirectoryServer directory;

  /** Started by each test itself: its code runs inside the Micro, where the directory must be. */
  private void startDirectory() throws Exception {
    URI url = URI.create(System.getenv("CASEDESK_LDAP_URL"));
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
    config.setListenerConfigs(
        InMemoryListenerConfig.createLDAPConfig(
            "ldap", InetAddress.getByName(url.getHost()), url.getPort(), null));
    directory = new InMemoryDirectoryServer(config);
    directory.add("dn: " + BASE, "objectClass: domain", "dc: zhangyelu");
    for (String ou : List.of("services", "people", "groups")) {
      directory.add("dn: ou=" + ou + "," + BASE, "objectClass: organizationalUnit", "ou: " + ou);
    }
    directory.add(
        "dn: " + System.getenv("CASEDESK_LDAP_BIND_DN"),
        "objectClass: person",
        "cn: casedesk",
        "sn: service",
        "userPassword: " + System.getenv("CASEDESK_LDAP_BIND_PASSWORD"));
    for (String group :
        List.of("casedesk-admins", "casedesk-officials", "casedesk-handlers", "other-staff")) {
      directory.add(
          "dn: cn=" + group + ",ou=groups," + BASE,
          "objectClass: groupOfNames",
          "cn: " + group,
          "member: " + System.getenv("CASEDESK_LDAP_BIND_DN"));
    }
    directory.startListening();
  }

  private void stopDirectory() {
    if (directory != null) {
      directory.shutDown(true);
      directory = null;
    }
  }

  /** A person; {@code attributes} as "name: value" (built as objects: the values are Chinese). */
  private void person(String uid, String name, String password, String... attributes)
      throws Exception {
    Entry entry = new Entry("uid=" + uid + ",ou=people," + BASE);
    entry.addAttribute("objectClass", "inetOrgPerson");
    entry.addAttribute("uid", uid);
    entry.addAttribute("cn", name);
    entry.addAttribute("sn", name.substring(0, 1));
    entry.addAttribute("userPassword", password);
    for (String attribute : attributes) {
      int colon = attribute.indexOf(": ");
      entry.addAttribute(attribute.substring(0, colon), attribute.substring(colon + 2));
    }
    directory.add(entry);
  }

  private void member(String group, String uid, ModificationType type) throws LDAPException {
    directory.modify(
        "cn=" + group + ",ou=groups," + BASE,
        new Modification(type, "member", "uid=" + uid + ",ou=people," + BASE));
  }

  private static void refusedLogin(Login login, String username, String password) {
    assertThatThrownBy(() -> login.as(username, password))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("login as " + username + " gave");
  }

  @Test
  void aDirectoryHandlerGetsRoleAndAreaAndALocalCopyKeptUpToDate() throws Exception {
    startDirectory();
    try {
      directoryHandler(TestData.create());
    } finally {
      stopDirectory();
    }
  }

  private void directoryHandler(TestData d) throws Exception {
    String uid = "ld1-" + d.suffix;
    person(
        uid,
        "段文娟",
        PASSWORD,
        "departmentNumber: 测试社区" + d.suffix,
        "physicalDeliveryOfficeName: 测试网格" + d.suffix,
        "o: 测试物业" + d.suffix);
    member("casedesk-handlers", uid, ModificationType.ADD);
    member("other-staff", uid, ModificationType.ADD);

    refusedLogin(login, uid, "wrong-password-123");
    refusedLogin(login, uid, "");
    assertThat(TestData.userId(uid)).as("no copy before a good sign-in").isEqualTo(-1);

    login.as(uid, PASSWORD);
    CurrentUser me = accounts.currentUser();
    assertThat(me.role()).isEqualTo("HANDLER");
    assertThat(me.displayName()).isEqualTo("段文娟");
    assertThat(me.communityId()).isEqualTo(d.community);
    assertThat(me.gridId()).isEqualTo(d.grid);
    assertThat(me.fromDirectory()).isTrue();
    assertThat(me.mustChangePassword()).isFalse();
    assertThat(
            TestData.queryString(
                "select source || ' ' || member_unit_id from app_user where username = ?", uid))
        .isEqualTo("LDAP " + d.unit);
    assertThat(
            TestData.queryLong(
                "select count(*) from audit_log where action = 'USER_CREATED' and subject_user_id = ?",
                me.id()))
        .isEqualTo(1);
    assertThatThrownBy(() -> accounts.changeOwnPassword(PASSWORD, "another long password"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("password.directory");

    // the directory moves them: an official of the other community, no grid
    member("casedesk-handlers", uid, ModificationType.DELETE);
    member("casedesk-officials", uid, ModificationType.ADD);
    directory.modify(
        "uid=" + uid + ",ou=people," + BASE,
        new Modification(ModificationType.REPLACE, "departmentNumber", "另一社区" + d.suffix),
        new Modification(ModificationType.DELETE, "physicalDeliveryOfficeName"),
        new Modification(ModificationType.DELETE, "o"));
    login.as(uid, PASSWORD);
    CurrentUser moved = accounts.currentUser();
    assertThat(moved.id()).isEqualTo(me.id());
    assertThat(moved.role()).isEqualTo("COMMUNITY_OFFICIAL");
    assertThat(moved.communityId()).isEqualTo(d.otherCommunity);
    assertThat(moved.gridId()).isNull();
    assertThat(
            TestData.queryLong(
                "select count(*) from audit_log where action = 'USER_CHANGED' and subject_user_id = ?",
                me.id()))
        .isEqualTo(1);

    // deactivating the local copy refuses the directory user; no password reset for them
    login.as(d.admin);
    users.deactivate(me.id());
    refusedLogin(login, uid, PASSWORD);
    login.as(d.admin);
    assertThatThrownBy(() -> users.resetPassword(me.id()))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("password.directory");
    users.reactivate(me.id());
    login.as(uid, PASSWORD);
    assertThat(accounts.currentUser().role()).isEqualTo("COMMUNITY_OFFICIAL");
  }

  @Test
  void localAccountsKeepWorkingAndCannotBeTakenOverAndUnmappedUsersAreRefused() throws Exception {
    startDirectory();
    try {
      localAccounts(TestData.create());
    } finally {
      stopDirectory();
    }
  }

  private void localAccounts(TestData d) throws Exception {
    // a directory entry with the break-glass ADMIN's login and another password
    person(d.admin, "冒名", PASSWORD);
    member("casedesk-admins", d.admin, ModificationType.ADD);
    refusedLogin(login, d.admin, PASSWORD);
    login.as(d.admin);
    assertThat(accounts.currentUser().fromDirectory()).isFalse();
    assertThat(accounts.currentUser().role()).isEqualTo("ADMIN");

    String stranger = "ld2-" + d.suffix;
    person(stranger, "无组", PASSWORD);
    member("other-staff", stranger, ModificationType.ADD);
    refusedLogin(login, stranger, PASSWORD);
    String lost = "ld3-" + d.suffix;
    person(lost, "无网格", PASSWORD, "departmentNumber: 没有的社区");
    member("casedesk-handlers", lost, ModificationType.ADD);
    refusedLogin(login, lost, PASSWORD);
    assertThat(TestData.userId(stranger)).isEqualTo(-1);
    assertThat(TestData.userId(lost)).isEqualTo(-1);

    // with the directory down, directory users cannot sign in and local accounts can
    String official = "ld4-" + d.suffix;
    person(official, "孙丽娟", PASSWORD);
    member("casedesk-admins", official, ModificationType.ADD);
    login.as(official, PASSWORD);
    assertThat(accounts.currentUser().role()).isEqualTo("ADMIN");
    stopDirectory();
    refusedLogin(login, official, PASSWORD);
    login.as(d.admin);
    login.as(d.handler);
    assertThat(accounts.currentUser().gridId()).isEqualTo(d.grid);
  }
}
