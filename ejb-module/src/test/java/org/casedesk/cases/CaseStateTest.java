package org.casedesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every allowed and every refused transition of the lifecycle in DOMAIN.md. */
class CaseStateTest {

  private static void assertNextStates(CaseState from, Set<CaseState> allowed) {
    for (CaseState to : CaseState.values()) {
      assertThat(from.canMoveTo(to)).as(from + " → " + to).isEqualTo(allowed.contains(to));
    }
  }

  @Test
  void accepted() {
    assertNextStates(
        CaseState.ACCEPTED,
        EnumSet.of(CaseState.DISPATCHED, CaseState.ANSWERED, CaseState.INVALID));
  }

  @Test
  void answeredOnTheSpotCanOnlyBeClosed() {
    assertNextStates(CaseState.ANSWERED, EnumSet.of(CaseState.CLOSED));
  }

  @Test
  void dispatched() {
    assertNextStates(
        CaseState.DISPATCHED,
        EnumSet.of(CaseState.SIGNED, CaseState.HANDLING, CaseState.RETURNED, CaseState.INVALID));
  }

  @Test
  void signed() {
    assertNextStates(
        CaseState.SIGNED, EnumSet.of(CaseState.HANDLING, CaseState.RETURNED, CaseState.INVALID));
  }

  @Test
  void handlingAllowsNotesResolvingReturningAndEscalating() {
    assertNextStates(
        CaseState.HANDLING,
        EnumSet.of(
            CaseState.HANDLING,
            CaseState.RESOLVED,
            CaseState.RETURNED,
            CaseState.ESCALATED,
            CaseState.INVALID));
  }

  @Test
  void returnedGoesBackToDispatch() {
    assertNextStates(CaseState.RETURNED, EnumSet.of(CaseState.DISPATCHED, CaseState.INVALID));
  }

  @Test
  void escalated() {
    assertNextStates(CaseState.ESCALATED, EnumSet.of(CaseState.HANDLING, CaseState.RESOLVED));
  }

  @Test
  void resolvedIsClosedOrGoesToReviewWhenTheResidentIsDissatisfied() {
    assertNextStates(CaseState.RESOLVED, EnumSet.of(CaseState.CLOSED, CaseState.REVIEW));
  }

  @Test
  void reviewSendsBackOrClosesDissatisfied() {
    assertNextStates(CaseState.REVIEW, EnumSet.of(CaseState.HANDLING, CaseState.CLOSED));
  }

  @Test
  void invalidIsFinal() {
    assertNextStates(CaseState.INVALID, EnumSet.noneOf(CaseState.class));
    assertThat(CaseState.INVALID.isOpen()).isFalse();
  }

  @Test
  void closedIsFinal() {
    assertNextStates(CaseState.CLOSED, EnumSet.noneOf(CaseState.class));
    assertThat(CaseState.CLOSED.isOpen()).isFalse();
    assertThat(CaseState.ANSWERED.isOpen()).isFalse();
    assertThat(CaseState.RESOLVED.isOpen()).isTrue();
  }

  @Test
  void overdueCountsOnlyStatesWhereTheHandlerHasTheCase() {
    assertThat(CaseState.withHandler())
        .containsExactlyInAnyOrder(
            CaseState.DISPATCHED, CaseState.SIGNED, CaseState.HANDLING, CaseState.ESCALATED);
  }
}
