package org.casedesk.open311;

import java.io.Serializable;
import java.util.List;

/** A CaseDesk category as a GeoReport service; {@code group} is its parent category. */
public record ServiceInfo(
    String code, String name, String description, String group, List<ServiceAttribute> attributes)
    implements Serializable {

  public boolean metadata() {
    return !attributes.isEmpty();
  }
}
