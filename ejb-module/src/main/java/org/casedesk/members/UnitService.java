package org.casedesk.members;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.casedesk.shared.Roles;

/** Reads the committee's member units for the reference-data screens. */
@Stateless
public class UnitService {

  @Inject private UnitRepository units;

  @RolesAllowed({Roles.ADMIN, Roles.HELPDESK})
  public List<UnitChoice> units() {
    return units.choices();
  }
}
