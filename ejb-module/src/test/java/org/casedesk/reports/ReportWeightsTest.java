package org.casedesk.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The league score: a weighted mean of the rates a row has; "—" rates and their weights drop out.
 */
class ReportWeightsTest {

  private static Figures figures(
      long due, long resolved, long closed, long onTime, long followed, long satisfied) {
    return new Figures(
        0,
        0,
        closed,
        onTime,
        followed,
        satisfied,
        0,
        0,
        BigDecimal.ZERO,
        due,
        resolved,
        due - resolved,
        0,
        0,
        0);
  }

  private static ReportWeights weights(double closing, double onTime, double satisfaction) {
    ReportWeights w = new ReportWeights();
    w.closing = closing;
    w.onTime = onTime;
    w.satisfaction = satisfaction;
    w.signing = 0.1;
    w.notOverdue = 0;
    return w;
  }

  @Test
  void ratesWithoutADenominatorAreLeftOutWithTheirWeight() {
    // 办结率 0.5, 按时办结率 1.0, nobody followed up, nothing dispatched
    Figures f = figures(4, 2, 2, 2, 0, 0);
    assertThat(weights(0.3, 0.3, 0.2).score(f)).isCloseTo(0.75, within(1e-9));
    assertThat(weights(1, 0, 0).score(f)).isCloseTo(0.5, within(1e-9));
    // with follow-ups: satisfaction 0.25 counts with its weight
    assertThat(weights(0.5, 0, 0.5).score(figures(4, 2, 2, 2, 4, 1)))
        .isCloseTo(0.375, within(1e-9));
  }

  @Test
  void aRowWithNoRateHasNoScore() {
    assertThat(weights(0.3, 0.3, 0.2).score(Figures.NONE)).isNull();
    assertThat(Figures.NONE.closingRate()).isNull();
    assertThat(Figures.change(5, 0)).isNull();
    assertThat(Figures.change(3, 4)).isEqualTo(-0.25);
  }
}
