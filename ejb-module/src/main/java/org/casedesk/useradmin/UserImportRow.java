package org.casedesk.useradmin;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * One row of an import sheet, as written: login, name, role and the names of the community, grid
 * and member unit (blank when the role has none; a community official's rows default to their own
 * community). The service checks every cell.
 */
public record UserImportRow(
    String username,
    String displayName,
    String role,
    @Size(max = 60) String community,
    @Size(max = 60) String grid,
    @Size(max = 60) String unit)
    implements Serializable {}
