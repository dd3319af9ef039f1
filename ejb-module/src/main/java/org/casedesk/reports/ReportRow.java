package org.casedesk.reports;

import java.io.Serializable;
import org.casedesk.shared.LocalizedName;

/**
 * One row of a breakdown. {@code key} is the id (or channel name) the row groups by, null for the
 * cases of no member unit; {@code name} is null where the page names the row from its bundle
 * (channels, no unit).
 */
public record ReportRow(String key, LocalizedName name, Figures figures) implements Serializable {}
