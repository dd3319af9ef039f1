package org.casedesk.categories;

import java.io.Serializable;
import java.util.List;
import org.casedesk.shared.LocalizedName;

/** A category on the ADMIN screen: its settings and its per-channel limits. */
public record CategoryRow(
    long id,
    long version,
    Long parentId,
    LocalizedName name,
    CategorySettings settings,
    List<ChannelLimitItem> channelLimits)
    implements Serializable {

  public boolean isChild() {
    return parentId != null;
  }
}
