package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.casedesk.cases.CaseFilter;
import org.casedesk.cases.CaseSearchService;
import org.casedesk.cases.CaseState;
import org.casedesk.cases.CaseSummary;
import org.casedesk.cases.IntakeService;
import org.casedesk.cases.RegisterCase;
import org.casedesk.categories.Channel;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.Login;
import org.casedesk.it.support.TestData;
import org.casedesk.shared.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Case search on PostgreSQL: scope, filters, paging and sorting in the database, rights. */
@ExtendWith(ArquillianExtension.class)
class CaseSearchIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(CaseSearchIT.class);
  }

  @Inject private IntakeService intake;
  @Inject private CaseSearchService search;
  @Inject private Login login;

  private long register(TestData d, long flat, Channel channel, String text) {
    login.as(d.helpdesk);
    return intake.register(
        new RegisterCase(null, null, flat, d.categoryWater, channel, text, true));
  }

  /** The filter of one test's grid: other tests' cases never match. */
  private static CaseFilter inGrid(long grid) {
    return new CaseFilter(null, null, grid, null, null, null, false);
  }

  @Test
  void pagesFiltersAndSortsInTheDatabaseWithinTheCallersScope() {
    TestData d = TestData.create();
    long otherGrid = TestData.queryLong("select grid_id from area_node where id = ?", d.otherFlat);
    long[] ids = new long[5];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = register(d, d.flat, i % 2 == 0 ? Channel.PHONE : Channel.WINDOW, "查询测试 " + i);
      // spread the acceptance times so the order is known
      TestData.update(
          "update work_case set accepted_at = ? where id = ?",
          LocalDateTime.of(2026, 3, 1 + i, 9, 0),
          ids[i]);
    }
    long elsewhere = register(d, d.otherFlat, Channel.PHONE, "另一社区的工单");

    login.as(d.communityOfficial);
    CaseFilter grid = inGrid(d.grid);
    assertThat(search.count(grid)).isEqualTo(5);
    // the pager's capped count stops at its limit, and is exact below it
    assertThat(search.countUpTo(grid, 3)).isEqualTo(3);
    assertThat(search.countUpTo(grid, 1001)).isEqualTo(5);
    assertThat(search.countUpTo(inGrid(otherGrid), 1001)).isZero();
    List<CaseSummary> newestFirst = search.page(grid, 0, 2, null, false);
    assertThat(newestFirst).extracting(CaseSummary::id).containsExactly(ids[4], ids[3]);
    assertThat(search.page(grid, 4, 2, "acceptedAt", false))
        .extracting(CaseSummary::id)
        .containsExactly(ids[0]);
    assertThat(search.page(grid, 0, 5, "acceptedAt", true))
        .extracting(CaseSummary::id)
        .containsExactly(ids[0], ids[1], ids[2], ids[3], ids[4]);
    assertThat(search.count(new CaseFilter(null, null, d.grid, Channel.WINDOW, null, null, false)))
        .isEqualTo(2);
    assertThat(
            search.count(
                new CaseFilter(
                    null,
                    null,
                    d.grid,
                    null,
                    LocalDate.of(2026, 3, 2),
                    LocalDate.of(2026, 3, 3),
                    false)))
        .isEqualTo(2);
    assertThat(
            search.count(new CaseFilter(CaseState.CLOSED, null, d.grid, null, null, null, false)))
        .isZero();
    // the other community's case is out of this official's scope even when asked for by its grid
    assertThat(search.count(inGrid(otherGrid))).isZero();

    TestData.update(
        "update work_case set due_at = ? where id = ?", LocalDateTime.now().minusHours(1), ids[2]);
    assertThat(
            search.page(
                new CaseFilter(null, null, d.grid, null, null, null, true), 0, 20, null, false))
        .extracting(CaseSummary::id)
        .containsExactly(ids[2]);

    login.as(d.subdistrictOfficial);
    assertThat(search.page(inGrid(otherGrid), 0, 20, null, false))
        .extracting(CaseSummary::id)
        .containsExactly(elsewhere);
  }

  @Test
  void onlyKnownColumnsSortAndHandlersUseTheirQueuesInstead() {
    TestData d = TestData.create();
    login.as(d.communityOfficial);
    assertThatThrownBy(
            () -> search.page(CaseFilter.any(), 0, 20, "description; drop table x", true))
        .isInstanceOf(BusinessException.class);
    login.as(d.handler);
    assertThatThrownBy(() -> search.count(CaseFilter.any())).isInstanceOf(EJBAccessException.class);
  }
}
