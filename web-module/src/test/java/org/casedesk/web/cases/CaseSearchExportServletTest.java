package org.casedesk.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.casedesk.cases.CaseFilter;
import org.casedesk.cases.CaseState;
import org.casedesk.categories.Channel;
import org.junit.jupiter.api.Test;

/** The export reads the search page's own address parameters. */
class CaseSearchExportServletTest {

  @Test
  void readsTheSearchPagesParameters() {
    Map<String, String> p =
        Map.of(
            "state", "DISPATCHED",
            "grid", "42",
            "channel", "PHONE",
            "from", "2026-11-01",
            "overdue", "true",
            "q", " 张军 ",
            "category", "");
    CaseFilter filter = CaseSearchExportServlet.filter(p::get);
    assertThat(filter.state()).isEqualTo(CaseState.DISPATCHED);
    assertThat(filter.gridId()).isEqualTo(42L);
    assertThat(filter.channel()).isEqualTo(Channel.PHONE);
    assertThat(filter.acceptedFrom()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(filter.overdueOnly()).isTrue();
    assertThat(filter.text()).isEqualTo("张军");
    assertThat(filter.categoryId()).isNull();
    assertThat(filter.figure()).isNull();
  }

  @Test
  void aMalformedParameterIsRefused() {
    assertThatThrownBy(() -> CaseSearchExportServlet.filter(Map.of("grid", "x")::get))
        .isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> CaseSearchExportServlet.filter(Map.of("state", "NOPE")::get))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
