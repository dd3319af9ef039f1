package org.casedesk.cases;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.casedesk.categories.Channel;
import org.casedesk.shared.LocalizedName;
import org.casedesk.shared.Roles;

/**
 * Everything the case page shows, loaded in one service call. Personal data is masked (member-unit
 * staff who do not handle the case see the name masked too). {@code callers} are the further
 * callers merged into the case. A non-null {@code extensionDays} is an extension request waiting
 * for an official. An invalid case has its reason and note; a case closed dissatisfied after review
 * its {@code closeReason}.
 */
public record CaseDetail(
    long id,
    long version,
    String caseNo,
    CaseState state,
    LocalizedName category,
    Channel channel,
    String description,
    String residentName,
    String residentPhone,
    String address,
    String handlerName,
    LocalDateTime acceptedAt,
    LocalDateTime dueAt,
    LocalDateTime signDueAt,
    Integer extensionDays,
    String extensionReason,
    String reply,
    Satisfaction satisfaction,
    List<HistoryItem> history,
    List<CallerItem> callers,
    LocalizedName invalidReason,
    String invalidNote,
    LocalizedName closeReason,
    int sentBackCount,
    Allowed allowed)
    implements Serializable {

  /**
   * What the signed-in user may do on the case, decided by the service from the user's role and the
   * case's state; the page shows only these actions (the services check them again). Handlers
   * ({@code handle}: notes and on-site visits) sign, return, escalate, ask for an extension and
   * resolve; officials urge and supervise a case a handler has ({@code supervise}) and decide its
   * extension request, review a dissatisfied follow-up and within the review send it back (until
   * the send-back limit is reached); the help desk dispatches a returned case again, follows up a
   * resolved one and its further callers; the help desk and officials mark a case invalid; the help
   * desk and the handler attach files; everyone but ADMIN may reveal an identified resident.
   */
  public record Allowed(
      boolean handle,
      boolean sign,
      boolean returnCase,
      boolean escalate,
      boolean requestExtension,
      boolean resolve,
      boolean supervise,
      boolean decideExtension,
      boolean redispatch,
      boolean followUp,
      boolean followUpCallers,
      boolean attach,
      boolean reveal,
      boolean markInvalid,
      boolean review,
      boolean sendBack)
      implements Serializable {

    /**
     * The actions of a user of {@code role} on a case in {@code state}; {@code extensionPending}
     * when an extension request waits for an official, {@code identifiedResident} when the case
     * names a resident, {@code sendBackLeft} when the send-back limit is not reached yet.
     */
    static Allowed of(
        String role,
        CaseState state,
        boolean extensionPending,
        boolean identifiedResident,
        boolean sendBackLeft) {
      boolean helpDesk = Roles.HELPDESK.equals(role);
      boolean official =
          Roles.COMMUNITY_OFFICIAL.equals(role) || Roles.SUBDISTRICT_OFFICIAL.equals(role);
      boolean withHandler = CaseState.withHandler().contains(state);
      boolean handle = Roles.HANDLER.equals(role) && withHandler;
      boolean supervise = official && withHandler;
      boolean review = official && state == CaseState.REVIEW;
      return new Allowed(
          handle,
          handle && state == CaseState.DISPATCHED,
          handle && state.canMoveTo(CaseState.RETURNED),
          handle && state.canMoveTo(CaseState.ESCALATED),
          handle && !extensionPending,
          handle && state != CaseState.ESCALATED && state.canMoveTo(CaseState.RESOLVED),
          supervise,
          supervise && extensionPending,
          helpDesk && state == CaseState.RETURNED,
          helpDesk && state == CaseState.RESOLVED,
          helpDesk
              && (state == CaseState.RESOLVED
                  || state == CaseState.REVIEW
                  || state == CaseState.CLOSED),
          handle || helpDesk,
          identifiedResident && (helpDesk || official || Roles.HANDLER.equals(role)),
          (official || helpDesk)
              && state != CaseState.ESCALATED
              && state.canMoveTo(CaseState.INVALID),
          review,
          review && sendBackLeft);
    }
  }
}
