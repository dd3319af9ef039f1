package org.casedesk.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;

/**
 * The reasons ADMIN maintains: why a request is invalid (重复诉求, 恶意诉求 …) and why a case is closed
 * although the resident stays dissatisfied (诉求不合理, 政策不允许 …). A reason in use is never deleted, only
 * deactivated: the cases keep it.
 */
@Stateless
public class CaseReasonService {

  @Inject private CaseReasonRepository reasons;

  /** The active reasons of a list, for choosing one. */
  @RolesAllowed({
    Roles.HELPDESK,
    Roles.HANDLER,
    Roles.COMMUNITY_OFFICIAL,
    Roles.SUBDISTRICT_OFFICIAL,
    Roles.ADMIN
  })
  public List<ReasonItem> active(@NotNull ReasonKind kind) {
    return reasons.list(kind, true);
  }

  /** Every reason of a list, deactivated ones included. */
  @RolesAllowed(Roles.ADMIN)
  public List<ReasonItem> all(@NotNull ReasonKind kind) {
    return reasons.list(kind, false);
  }

  @RolesAllowed(Roles.ADMIN)
  public long add(
      @NotNull ReasonKind kind,
      @NotBlank(message = "{reason.name.required}") @Size(max = 100, message = "{reason.name.size}")
          String nameZh,
      @NotBlank(message = "{reason.name.required}") @Size(max = 100, message = "{reason.name.size}")
          String nameEn) {
    return reasons.add(kind, nameZh.strip(), nameEn.strip());
  }

  /** Renames or (de)activates a reason; the version guards against a concurrent change. */
  @RolesAllowed(Roles.ADMIN)
  public void change(
      long id,
      long expectedVersion,
      @NotBlank(message = "{reason.name.required}") @Size(max = 100, message = "{reason.name.size}")
          String nameZh,
      @NotBlank(message = "{reason.name.required}") @Size(max = 100, message = "{reason.name.size}")
          String nameEn,
      boolean active) {
    CaseReason reason = reasons.find(id);
    if (reason.getVersion() != expectedVersion) {
      throw new BusinessException("case.conflict");
    }
    reason.change(nameZh.strip(), nameEn.strip(), active);
  }
}
