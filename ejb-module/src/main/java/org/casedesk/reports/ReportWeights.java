package org.casedesk.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The weights of the league table's score (MicroProfile Config {@code casedesk.report.weight.*}).
 * The score is the weighted mean of the rates a row has (超期率 counts as 1 − 超期率); rates with a
 * denominator of 0 are left out, and a row with none has no score.
 */
@ApplicationScoped
public class ReportWeights {

  @Inject
  @ConfigProperty(name = "casedesk.report.weight.closing", defaultValue = "0.3")
  double closing;

  @Inject
  @ConfigProperty(name = "casedesk.report.weight.on-time", defaultValue = "0.3")
  double onTime;

  @Inject
  @ConfigProperty(name = "casedesk.report.weight.satisfaction", defaultValue = "0.2")
  double satisfaction;

  @Inject
  @ConfigProperty(name = "casedesk.report.weight.signing", defaultValue = "0.1")
  double signing;

  @Inject
  @ConfigProperty(name = "casedesk.report.weight.not-overdue", defaultValue = "0.1")
  double notOverdue;

  /** The score in [0, 1], or null when the row has none of the rates. */
  public Double score(Figures f) {
    Map<Function<Figures, Double>, Double> parts = new LinkedHashMap<>();
    parts.put(Figures::closingRate, closing);
    parts.put(Figures::onTimeRate, onTime);
    parts.put(Figures::satisfactionRate, satisfaction);
    parts.put(Figures::signingRate, signing);
    parts.put(x -> x.overdueRate() == null ? null : 1 - x.overdueRate(), notOverdue);
    double sum = 0;
    double weights = 0;
    for (Map.Entry<Function<Figures, Double>, Double> part : parts.entrySet()) {
      Double rate = part.getKey().apply(f);
      if (rate != null && part.getValue() > 0) {
        sum += rate * part.getValue();
        weights += part.getValue();
      }
    }
    return weights == 0 ? null : sum / weights;
  }
}
