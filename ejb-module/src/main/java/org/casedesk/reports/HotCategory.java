package org.casedesk.reports;

import java.io.Serializable;
import org.casedesk.shared.LocalizedName;

/** A hot category (热点诉求) of the period: accepted now and in the previous period. */
public record HotCategory(long categoryId, LocalizedName name, long accepted, long previous)
    implements Serializable {

  public Double change() {
    return Figures.change(accepted, previous);
  }
}
