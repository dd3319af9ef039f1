package org.casedesk.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.casedesk.cases.CaseAction;
import org.casedesk.cases.CaseState;
import org.junit.jupiter.api.Test;

class Open311StatusTest {

  @Test
  void finishedStatesAreClosedEveryOtherIsOpen() {
    List<CaseState> closed = new ArrayList<>();
    for (CaseState s : CaseState.values()) {
      if (Open311Status.of(s).equals("closed")) {
        closed.add(s);
      } else {
        assertThat(Open311Status.of(s)).isEqualTo("open");
      }
    }
    assertThat(closed)
        .contains(CaseState.RESOLVED, CaseState.CLOSED, CaseState.ANSWERED)
        .doesNotContain(CaseState.HANDLING, CaseState.RETURNED, CaseState.ESCALATED);
  }

  @Test
  void extendedStatusesFollowFixMyStreet() {
    assertThat(Open311Status.extended(CaseState.DISPATCHED, null)).isEqualTo("action_scheduled");
    assertThat(Open311Status.extended(CaseState.HANDLING, null)).isEqualTo("in_progress");
    assertThat(Open311Status.extended(CaseState.RESOLVED, null)).isEqualTo("fixed");
    assertThat(Open311Status.extended(CaseState.CLOSED, null)).isEqualTo("closed");
    assertThat(Open311Status.extended(CaseState.ACCEPTED, CaseAction.REPEAT_LINKED))
        .isEqualTo("duplicate");
    assertThat(Open311Status.extended(CaseState.HANDLING, CaseAction.URGED))
        .isEqualTo("in_progress");
  }

  @Test
  void phoneAndIdNumbersInTextsAreMasked() {
    assertThat(Open311Views.masked("请联系13912345678，身份证620102198001011234"))
        .doesNotContain("13912345678", "620102198001011234")
        .contains("139****5678");
    assertThat(Open311Views.masked("门牌 12 号 3 单元")).isEqualTo("门牌 12 号 3 单元");
  }
}
