package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.casedesk.audit.AuditAction;
import org.casedesk.audit.AuditFilter;
import org.casedesk.audit.AuditItem;
import org.casedesk.audit.AuditService;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.cases.BatchRejectedException;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.Login;
import org.casedesk.it.support.TestData;
import org.casedesk.members.MemberForm;
import org.casedesk.members.MemberKind;
import org.casedesk.members.MemberService;
import org.casedesk.shared.BusinessException;
import org.casedesk.signin.AccountService;
import org.casedesk.useradmin.OneTimePassword;
import org.casedesk.useradmin.UserAdminService;
import org.casedesk.useradmin.UserForm;
import org.casedesk.useradmin.UserImportRow;
import org.casedesk.useradmin.UserItem;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On PostgreSQL: user administration and its rights (ADMIN everything, community officials only
 * their community's handlers), the area rules of each role, one-time passwords and the password
 * rules, the all-or-nothing import, the audit of every action, the audit log's filter and export,
 * and the retention purge under the append-only trigger.
 */
@ExtendWith(ArquillianExtension.class)
class UserAdminIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(UserAdminIT.class);
  }

  @Inject private UserAdminService users;
  @Inject private AccountService accounts;
  @Inject private AuditService audit;
  @Inject private MemberService members;
  @Inject private Login login;

  private static void refused(ThrowingCallable call, String key) {
    assertThatThrownBy(call)
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo(key);
  }

  private static UserForm handler(String username, TestData d, Long grid, Long unit) {
    return new UserForm(null, 0, username, "网格员" + d.suffix, "HANDLER", null, grid, unit, null);
  }

  private static long auditRows(AuditAction action, long subject) {
    return TestData.queryLong(
        "select count(*) from audit_log where action = ? and subject_user_id = ?",
        action.name(),
        subject);
  }

  private boolean signsIn(String username, String password) {
    return accounts.authenticate(username, password.toCharArray()).isPresent();
  }

  @Test
  void adminCreatesEditsDeactivatesReactivatesAndResetsAndEveryActionIsAudited() {
    TestData d = TestData.create();
    login.as(d.admin);
    String name = "gw1-" + d.suffix;
    OneTimePassword created = users.create(handler(name, d, d.grid, d.unit));
    assertThat(created.password()).hasSize(16);
    assertThat(created.username()).isEqualTo(name);
    assertThat(
            TestData.queryString(
                "select role || ' ' || community_id || ' ' || grid_id || ' ' || member_unit_id"
                    + " || ' ' || must_change_password || ' ' || source from app_user where id = ?",
                created.userId()))
        .as("the community follows the grid")
        .isEqualTo("HANDLER " + d.community + " " + d.grid + " " + d.unit + " true LOCAL");
    assertThat(auditRows(AuditAction.USER_CREATED, created.userId())).isEqualTo(1);
    assertThat(signsIn(name, created.password())).isTrue();
    assertThat(users.list(name, false)).extracting(UserItem::username).containsExactly(name);

    UserItem item = users.user(created.userId());
    assertThat(item.community()).isEqualTo("测试社区" + d.suffix);
    assertThat(item.mustChangePassword()).isTrue();
    users.update(
        new UserForm(
            item.id(),
            item.version(),
            name,
            "  新名字 ",
            "COMMUNITY_OFFICIAL",
            d.otherCommunity,
            null,
            null,
            null));
    UserItem changed = users.user(created.userId());
    assertThat(changed.displayName()).isEqualTo("新名字");
    assertThat(changed.role()).isEqualTo("COMMUNITY_OFFICIAL");
    assertThat(changed.communityId()).isEqualTo(d.otherCommunity);
    assertThat(changed.gridId()).isNull();
    assertThat(changed.memberUnitId()).isNull();
    assertThat(auditRows(AuditAction.USER_CHANGED, created.userId())).isEqualTo(1);
    refused(() -> users.update(item.toForm()), "user.conflict");
    refused(
        () ->
            users.update(
                new UserForm(
                    changed.id(),
                    changed.version(),
                    "renamed-" + d.suffix,
                    "x",
                    "HELPDESK",
                    null,
                    null,
                    null,
                    null)),
        "user.username.fixed");

    users.deactivate(created.userId());
    assertThat(signsIn(name, created.password())).as("deactivated").isFalse();
    assertThat(users.list(name, false)).isEmpty();
    assertThat(users.list(name, true)).extracting(UserItem::enabled).containsExactly(false);
    refused(() -> users.deactivate(created.userId()), "user.alreadyInactive");
    users.reactivate(created.userId());
    assertThat(signsIn(name, created.password())).isTrue();
    refused(() -> users.reactivate(created.userId()), "user.alreadyActive");

    OneTimePassword reset = users.resetPassword(created.userId());
    assertThat(reset.password()).isNotEqualTo(created.password());
    assertThat(signsIn(name, created.password())).isFalse();
    assertThat(signsIn(name, reset.password())).isTrue();
    assertThat(auditRows(AuditAction.USER_DEACTIVATED, created.userId())).isEqualTo(1);
    assertThat(auditRows(AuditAction.USER_REACTIVATED, created.userId())).isEqualTo(1);
    assertThat(auditRows(AuditAction.PASSWORD_RESET, created.userId())).isEqualTo(1);
    assertThat(
            TestData.queryLong(
                "select count(*) from audit_log where subject_user_id = ? and actor_id = ?",
                created.userId(),
                TestData.userId(d.admin)))
        .isEqualTo(5);
    assertThat(
            TestData.queryLong(
                "select count(*) from audit_log where detail like ?", "%" + reset.password() + "%"))
        .as("no password in the log")
        .isZero();

    long self = TestData.userId(d.admin);
    refused(() -> users.deactivate(self), "user.ownAccount");
    UserItem me = users.user(self);
    refused(
        () ->
            users.update(
                new UserForm(self, me.version(), d.admin, "x", "HELPDESK", null, null, null, null)),
        "user.ownRole");
  }

  @Test
  void theUserChangesTheOneTimePasswordUnderTheRules() {
    TestData d = TestData.create();
    login.as(d.admin);
    String name = "gw2-" + d.suffix;
    OneTimePassword created = users.create(handler(name, d, d.grid, null));

    login.as(name, created.password());
    assertThat(accounts.currentUser().mustChangePassword()).isTrue();
    refused(
        () -> accounts.changeOwnPassword("wrong-password-1", "a good long passphrase"),
        "password.currentWrong");
    refused(
        () -> accounts.changeOwnPassword(created.password(), "short pass"), "password.tooShort");
    refused(
        () -> accounts.changeOwnPassword(created.password(), "Password1234"), "password.common");
    refused(
        () -> accounts.changeOwnPassword(created.password(), name.toUpperCase()),
        "password.equalsLogin");
    refused(
        () -> accounts.changeOwnPassword(created.password(), created.password()),
        "password.unchanged");
    assertThat(signsIn(name, created.password())).as("nothing changed").isTrue();

    assertThat(accounts.changeOwnPassword(created.password(), "马家巷三号院那棵老枣树下面").mustChangePassword())
        .isFalse();
    assertThat(signsIn(name, "马家巷三号院那棵老枣树下面")).isTrue();
    assertThat(signsIn(name, created.password())).isFalse();
    assertThat(accounts.currentUser().mustChangePassword()).isFalse();
    assertThat(auditRows(AuditAction.PASSWORD_CHANGED, created.userId())).isEqualTo(1);

    login.as(d.helpdesk);
    accounts.changeOwnPassword(TestData.PASSWORD, "helpdesk-" + d.suffix + "-new");
    assertThat(signsIn(d.helpdesk, "helpdesk-" + d.suffix + "-new")).isTrue();
  }

  @Test
  void communityOfficialsManageOnlyTheHandlersOfTheirCommunity() {
    TestData d = TestData.create();
    login.as(d.communityOfficial);
    assertThat(users.assignableRoles()).containsExactly("HANDLER");
    assertThat(users.list(null, true))
        .extracting(UserItem::username)
        .contains(d.handler, d.gridColleague, d.unitStaff)
        .doesNotContain(d.otherHandler, d.helpdesk, d.communityOfficial, d.admin);
    assertThat(users.choices().communities()).extracting(c -> c.id()).containsExactly(d.community);
    assertThat(users.choices().grids()).extracting(c -> c.id()).containsExactly(d.grid);

    OneTimePassword mine = users.create(handler("gw3-" + d.suffix, d, d.grid, null));
    assertThat(auditRows(AuditAction.USER_CREATED, mine.userId())).isEqualTo(1);
    users.deactivate(mine.userId());
    users.reactivate(mine.userId());
    users.resetPassword(mine.userId());

    long otherGrid =
        TestData.queryLong(
            "select id from area_node where kind = 'GRID' and community_id = ?", d.otherCommunity);
    refused(
        () -> users.create(handler("gw4-" + d.suffix, d, otherGrid, null)),
        "user.notYourCommunity");
    refused(
        () ->
            users.create(
                new UserForm(
                    null,
                    0,
                    "co2-" + d.suffix,
                    "干部",
                    "COMMUNITY_OFFICIAL",
                    d.community,
                    null,
                    null,
                    null)),
        "user.role.notYours");
    long otherHandler = TestData.userId(d.otherHandler);
    long helpdesk = TestData.userId(d.helpdesk);
    refused(() -> users.user(otherHandler), "user.notFound");
    refused(() -> users.deactivate(otherHandler), "user.notFound");
    refused(() -> users.resetPassword(helpdesk), "user.notFound");
    refused(() -> users.deactivate(TestData.userId(d.communityOfficial)), "user.notFound");
    UserItem handler = users.user(TestData.userId(d.handler));
    refused(
        () ->
            users.update(
                new UserForm(
                    handler.id(),
                    handler.version(),
                    d.handler,
                    "升职",
                    "ADMIN",
                    null,
                    null,
                    null,
                    null)),
        "user.role.notYours");
    assertThat(TestData.queryString("select role from app_user where id = ?", handler.id()))
        .isEqualTo("HANDLER");

    for (String other : List.of(d.helpdesk, d.handler, d.subdistrictOfficial)) {
      login.as(other);
      assertThatThrownBy(() -> users.list(null, false)).isInstanceOf(EJBAccessException.class);
      assertThatThrownBy(() -> users.resetPassword(mine.userId()))
          .isInstanceOf(EJBAccessException.class);
    }
  }

  @Test
  void eachRoleHasItsAreaAndLoginsAreUniqueAndWellFormed() {
    TestData d = TestData.create();
    login.as(d.admin);
    String s = d.suffix;
    refused(() -> users.create(handler("h1-" + s, d, null, null)), "user.handler.area");
    refused(() -> users.create(handler("h2-" + s, d, d.community, null)), "member.grid.invalid");
    refused(
        () ->
            users.create(
                new UserForm(null, 0, "hd-x" + s, "前台", "HELPDESK", d.community, null, null, null)),
        "user.area.notForRole");
    refused(
        () ->
            users.create(
                new UserForm(
                    null,
                    0,
                    "co-x" + s,
                    "干部",
                    "COMMUNITY_OFFICIAL",
                    d.community,
                    d.grid,
                    null,
                    null)),
        "user.area.notForRole");
    refused(
        () ->
            users.create(
                new UserForm(
                    null, 0, "co-y" + s, "干部", "COMMUNITY_OFFICIAL", null, null, null, null)),
        "member.community.invalid");
    refused(
        () -> users.create(new UserForm(null, 0, "x-" + s, "某人", "ROOT", null, null, null, null)),
        "user.role.invalid");
    refused(() -> users.create(handler(d.handler, d, d.grid, null)), "user.username.taken");
    assertThatThrownBy(() -> users.create(handler("Bad Name", d, d.grid, null)))
        .isInstanceOf(EJBException.class);
    // a unit staff member: a member unit and no grid; the community is the unit's
    OneTimePassword staff = users.create(handler("st-" + s, d, null, d.ownerUnit));
    assertThat(users.user(staff.userId()).communityId()).isEqualTo(d.community);

    long member =
        members.saveMember(
            new MemberForm(
                null,
                0,
                "网格员成员" + s,
                MemberKind.GRID_WORKER,
                null,
                null,
                d.community,
                d.grid,
                null,
                null));
    long otherMember =
        members.saveMember(
            new MemberForm(
                null,
                0,
                "别的成员" + s,
                MemberKind.PARTY_VOLUNTEER,
                null,
                null,
                d.otherCommunity,
                null,
                null,
                null));
    refused(
        () ->
            users.create(
                new UserForm(null, 0, "m1-" + s, "成员", "HANDLER", null, d.grid, null, otherMember)),
        "user.member.invalid");
    OneTimePassword linked =
        users.create(new UserForm(null, 0, "m2-" + s, "成员", "HANDLER", null, d.grid, null, member));
    assertThat(TestData.queryLong("select user_id from committee_member where id = ?", member))
        .isEqualTo(linked.userId());
    assertThat(users.user(linked.userId()).member()).isEqualTo("网格员成员" + s);
    assertThat(
            TestData.queryLong(
                "select count(*) from app_user where username like ?", "%" + s.substring(0, 8)))
        .as("the refused ones saved nothing")
        .isEqualTo(10 + 2);
  }

  @Test
  void anImportSavesAllRowsOrNoneAndNamesEveryWrongRow() {
    TestData d = TestData.create();
    String s = d.suffix;
    String community = "测试社区" + s;
    String grid = "测试网格" + s;
    login.as(d.communityOfficial);
    List<UserImportRow> sheet =
        List.of(
            new UserImportRow("i1-" + s, "一号", "handler", null, grid, null),
            new UserImportRow("i2-" + s, "二号", "HANDLER", community, "没有的网格", null),
            new UserImportRow("i1-" + s, "重复", "HANDLER", null, grid, null),
            new UserImportRow("I 4", "", "HANDLER", null, grid, null),
            new UserImportRow("i5-" + s, "五号", "HANDLER", "另一社区" + s, null, null),
            new UserImportRow("i6-" + s, "六号", "HELPDESK", null, null, null));
    assertThatThrownBy(() -> users.importUsers(sheet))
        .isInstanceOfSatisfying(
            BatchRejectedException.class,
            e ->
                assertThat(e.getRowErrors())
                    .containsOnlyKeys(1, 2, 3, 4, 5)
                    .containsEntry(1, List.of("user.import.grid"))
                    .containsEntry(2, List.of("user.username.twice"))
                    .containsEntry(
                        3, List.of("{user.displayName.required}", "{user.username.pattern}"))
                    .containsEntry(5, List.of("user.role.notYours")));
    assertThat(TestData.queryLong("select count(*) from app_user where username like ?", "i_-" + s))
        .isZero();

    List<OneTimePassword> created =
        users.importUsers(
            List.of(
                new UserImportRow("i1-" + s, "一号", "handler", null, grid, null),
                new UserImportRow("i2-" + s, "二号", "HANDLER", community, grid, null),
                new UserImportRow("i3-" + s, "三号", "HANDLER", null, null, "测试物业" + s)));
    assertThat(created)
        .extracting(OneTimePassword::username)
        .containsExactly("i1-" + s, "i2-" + s, "i3-" + s);
    assertThat(
            TestData.queryLong(
                "select count(*) from app_user where username like ? and community_id = ?"
                    + " and must_change_password",
                "i_-" + s,
                d.community))
        .isEqualTo(3);
    assertThat(
            TestData.queryLong(
                "select count(*) from audit_log where action = 'USER_CREATED' and detail like ?"
                    + " and actor_id = ?",
                "import: i_-" + s + "%",
                TestData.userId(d.communityOfficial)))
        .isEqualTo(3);
    assertThat(signsIn("i3-" + s, created.get(2).password())).isTrue();
  }

  @Test
  void theAuditLogIsFilteredExportedWithAnAuditLineAndPurgedOnlyBeyondTheRetention()
      throws SQLException {
    TestData d = TestData.create();
    long admin = TestData.userId(d.admin);
    long resident = d.resident("审计居民" + d.suffix, "13900001111", "");
    LocalDateTime now = LocalDateTime.now(WorkCalendar.ZONE);
    long old = auditLine(admin, resident, now.minusMonths(13), "old" + d.suffix);
    long kept = auditLine(admin, resident, now.minusMonths(7), "kept" + d.suffix);
    long recent = auditLine(admin, resident, now.minusMonths(5), "recent" + d.suffix);
    long today = auditLine(admin, resident, now, "today" + d.suffix);

    login.as(d.admin);
    OneTimePassword created = users.create(handler("au-" + d.suffix, d, d.grid, null));
    List<AuditItem> byResident =
        audit.search(new AuditFilter(null, "审计居民" + d.suffix, null, null, null), 100);
    assertThat(byResident)
        .extracting(AuditItem::detail)
        .containsExactly(
            "today" + d.suffix, "recent" + d.suffix, "kept" + d.suffix, "old" + d.suffix);
    assertThat(byResident.get(0).resident()).startsWith("审").doesNotContain("居民");
    assertThat(
            audit.search(
                new AuditFilter(
                    d.admin,
                    "审计居民" + d.suffix,
                    AuditAction.VIEW_RESIDENT,
                    now.toLocalDate().minusMonths(6),
                    now.toLocalDate()),
                100))
        .extracting(AuditItem::detail)
        .containsExactly("today" + d.suffix, "recent" + d.suffix);
    assertThat(
            audit.search(
                new AuditFilter("au-" + d.suffix, null, AuditAction.USER_CREATED, null, null), 100))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.subjectLogin()).isEqualTo("au-" + d.suffix);
              assertThat(a.actorLogin()).isEqualTo(d.admin);
            });
    refused(
        () ->
            audit.search(
                new AuditFilter(null, null, null, LocalDate.now(), LocalDate.now().minusDays(1)),
                10),
        "audit.filter.dates");

    assertThat(audit.export(new AuditFilter(d.admin, null, null, null, null), "CSV"))
        .hasSizeGreaterThanOrEqualTo(5);
    assertThat(
            TestData.queryString(
                "select detail from audit_log where action = 'EXPORT_AUDIT' and actor_id = ?",
                admin))
        .startsWith("CSV, ")
        .contains("user=" + d.admin);

    // the trigger: no update, no delete of a line younger than six months, by anybody
    assertThatThrownBy(() -> TestData.update("delete from audit_log where id = ?", recent))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> TestData.update("update audit_log set detail = 'x' where id = ?", old))
        .hasMessageContaining("append-only");

    assertThat(audit.purgeNow()).isPositive();
    assertThat(TestData.queryLong("select count(*) from audit_log where id = ?", old)).isZero();
    assertThat(
            TestData.queryLong(
                "select count(*) from audit_log where id in (?, ?, ?)", kept, recent, today))
        .as("the default retention is 12 months")
        .isEqualTo(3);
    assertThat(auditRows(AuditAction.USER_CREATED, created.userId())).isEqualTo(1);

    login.as(d.subdistrictOfficial);
    assertThatThrownBy(() -> audit.purgeNow()).isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> audit.export(AuditFilter.NONE, "CSV"))
        .isInstanceOf(EJBAccessException.class);
  }

  private static long auditLine(long actor, long resident, LocalDateTime at, String detail)
      throws SQLException {
    long id = TestData.nextId("audit_seq");
    try (Connection c = TestData.connect();
        PreparedStatement s =
            c.prepareStatement(
                "insert into audit_log (id, acted_at, actor_id, action, resident_id, detail)"
                    + " values (?, ?, ?, 'VIEW_RESIDENT', ?, ?)")) {
      s.setLong(1, id);
      s.setTimestamp(2, Timestamp.valueOf(at));
      s.setLong(3, actor);
      s.setLong(4, resident);
      s.setString(5, detail);
      s.executeUpdate();
    }
    return id;
  }
}
