package org.casedesk.categories;

import java.io.Serializable;
import org.casedesk.shared.LocalizedName;

/** A category as select boxes show it. */
public record CategoryItem(long id, LocalizedName name, int limitDays) implements Serializable {}
