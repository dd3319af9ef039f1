package org.casedesk.cases;

import java.io.Serializable;
import org.casedesk.shared.LocalizedName;

/** A reason as lists and select boxes show it. */
public record ReasonItem(
    long id,
    long version,
    ReasonKind kind,
    LocalizedName name,
    String nameZh,
    String nameEn,
    boolean active)
    implements Serializable {}
