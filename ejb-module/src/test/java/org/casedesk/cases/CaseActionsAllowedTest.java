package org.casedesk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.casedesk.cases.CaseDetail.Allowed;
import org.casedesk.shared.Roles;
import org.junit.jupiter.api.Test;

/** The case page shows what {@link Allowed#of} says: it differs per role and per state. */
class CaseActionsAllowedTest {

  private static final Allowed NOTHING =
      new Allowed(
          false, false, false, false, false, false, false, false, false, false, false, false, false,
          false, false, false);

  private static Allowed of(String role, CaseState state) {
    return Allowed.of(role, state, false, true, true);
  }

  @Test
  void theHandlerSignsADispatchedCaseAndResolvesOneInHand() {
    Allowed dispatched = of(Roles.HANDLER, CaseState.DISPATCHED);
    assertThat(dispatched.handle()).isTrue();
    assertThat(dispatched.sign()).isTrue();
    assertThat(dispatched.returnCase()).isTrue();
    assertThat(dispatched.escalate()).isFalse();
    assertThat(dispatched.resolve()).isFalse();
    assertThat(dispatched.requestExtension()).isTrue();
    assertThat(dispatched.attach()).isTrue();
    assertThat(dispatched.reveal()).isTrue();
    assertThat(dispatched.supervise()).isFalse();
    assertThat(dispatched.markInvalid()).isFalse();

    Allowed handling = of(Roles.HANDLER, CaseState.HANDLING);
    assertThat(handling.sign()).isFalse();
    assertThat(handling.escalate()).isTrue();
    assertThat(handling.resolve()).isTrue();

    Allowed escalated = of(Roles.HANDLER, CaseState.ESCALATED);
    assertThat(escalated.handle()).isTrue();
    assertThat(escalated.resolve()).isFalse();
    assertThat(escalated.returnCase()).isFalse();
  }

  @Test
  void aPendingExtensionRequestIsDecidedByAnOfficialNotAskedForAgain() {
    Allowed handler = Allowed.of(Roles.HANDLER, CaseState.HANDLING, true, true, true);
    assertThat(handler.requestExtension()).isFalse();
    assertThat(handler.decideExtension()).isFalse();

    Allowed official = Allowed.of(Roles.COMMUNITY_OFFICIAL, CaseState.HANDLING, true, true, true);
    assertThat(official.supervise()).isTrue();
    assertThat(official.decideExtension()).isTrue();
    assertThat(official.handle()).isFalse();
    assertThat(of(Roles.SUBDISTRICT_OFFICIAL, CaseState.HANDLING).decideExtension()).isFalse();
  }

  @Test
  void theHelpDeskRedispatchesReturnedCasesAndFollowsUpResolvedOnes() {
    Allowed returned = of(Roles.HELPDESK, CaseState.RETURNED);
    assertThat(returned.redispatch()).isTrue();
    assertThat(returned.followUp()).isFalse();
    assertThat(returned.markInvalid()).isTrue();
    assertThat(returned.attach()).isTrue();
    assertThat(returned.handle()).isFalse();

    Allowed resolved = of(Roles.HELPDESK, CaseState.RESOLVED);
    assertThat(resolved.redispatch()).isFalse();
    assertThat(resolved.followUp()).isTrue();
    assertThat(resolved.followUpCallers()).isTrue();
    assertThat(resolved.markInvalid()).isFalse();

    Allowed closed = of(Roles.HELPDESK, CaseState.CLOSED);
    assertThat(closed.followUp()).isFalse();
    assertThat(closed.followUpCallers()).isTrue();
  }

  @Test
  void officialsReviewAndSendBackUntilTheLimit() {
    Allowed review = of(Roles.SUBDISTRICT_OFFICIAL, CaseState.REVIEW);
    assertThat(review.review()).isTrue();
    assertThat(review.sendBack()).isTrue();
    assertThat(review.supervise()).isFalse();
    assertThat(Allowed.of(Roles.SUBDISTRICT_OFFICIAL, CaseState.REVIEW, false, true, false))
        .extracting(Allowed::review, Allowed::sendBack)
        .containsExactly(true, false);
    assertThat(of(Roles.HELPDESK, CaseState.REVIEW).review()).isFalse();
  }

  @Test
  void onlyAnIdentifiedResidentCanBeRevealed() {
    assertThat(Allowed.of(Roles.HELPDESK, CaseState.DISPATCHED, false, false, true).reveal())
        .isFalse();
    assertThat(of(Roles.COMMUNITY_OFFICIAL, CaseState.CLOSED).reveal()).isTrue();
  }

  @Test
  void adminMayDoNothingOnACaseAndOnAnInvalidOneOnlyTheHelpDeskAttaches() {
    for (CaseState state : CaseState.values()) {
      assertThat(of(Roles.ADMIN, state)).as(state.name()).isEqualTo(NOTHING);
    }
    for (String role : Roles.ALL) {
      Allowed invalid = Allowed.of(role, CaseState.INVALID, false, false, true);
      assertThat(invalid)
          .as(role)
          .usingRecursiveComparison()
          .ignoringFields("attach")
          .isEqualTo(NOTHING);
      assertThat(invalid.attach()).as(role).isEqualTo(Roles.HELPDESK.equals(role));
    }
  }
}
