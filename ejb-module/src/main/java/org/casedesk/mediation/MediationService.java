package org.casedesk.mediation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.casedesk.accounts.BaseService;
import org.casedesk.accounts.UserAccount;
import org.casedesk.cases.CaseRepository;
import org.casedesk.cases.WorkCase;
import org.casedesk.members.CommitteeAccess;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;
import org.casedesk.shared.pdf.CjkPdf;

/**
 * 邻里纠纷调解: the handler of a dispute case or an official of its area opens a mediation, names the
 * mediators, records sessions and the outcome; an agreement gets a follow-up day on which somebody
 * checks that it is kept. Handlers see their grid's mediations and those they mediate.
 */
@Stateless
@RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
public class MediationService extends BaseService {

  @Inject private MediationRepository mediations;
  @Inject private CommitteeAccess access;
  @Inject private CaseRepository cases;

  /** Mediations the caller may see; those with a follow-up due first. */
  public List<MediationItem> mediations() {
    UserAccount me = me();
    String condition;
    Long parameter;
    if (Roles.HANDLER.equals(me.getRole())) {
      condition =
          " and (m.gridId = :p or m.id in (select x.mediationId from Mediator x, CommitteeMember c"
              + " where c.id = x.memberId and c.userId = "
              + me.getId()
              + "))";
      parameter = me.getGridId() == null ? -1L : me.getGridId();
    } else {
      parameter = access.communityOf(me);
      condition = parameter == null ? "" : " and m.communityId = :p";
    }
    return mediations.items(condition, parameter, today());
  }

  public MediationDetail detail(long mediationId) {
    UserAccount me = me();
    Mediation m = visible(me, mediationId);
    return new MediationDetail(
        mediations.item(mediationId, today()),
        m.getAgreement(),
        m.getFollowUpNote(),
        mediations.mediators(mediationId),
        mediations.sessions(mediationId));
  }

  /** Opens the mediation of a case the caller may see; returns its id. */
  public long open(
      long caseId,
      @NotBlank(message = "{mediation.parties.required}")
          @Size(max = 500, message = "{mediation.parties.size}")
          @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
          String parties) {
    UserAccount me = me();
    WorkCase c = cases.findVisible(caseId, me);
    if (!Roles.HANDLER.equals(me.getRole())) {
      access.requireMaintainable(me, c.getCommunityId());
    }
    Mediation m =
        new Mediation(
            c.getId(), c.getCommunityId(), c.getGridId(), parties.strip(), me.getId(), now());
    mediations.add(m);
    return m.getId();
  }

  public void addMediator(long mediationId, long memberId) {
    UserAccount me = me();
    visible(me, mediationId);
    access.activeMember(me, memberId);
    if (mediations.mediatorCount(mediationId, memberId) == 0) {
      mediations.add(new Mediator(mediationId, memberId));
    }
  }

  public void addSession(
      long mediationId,
      @NotNull(message = "{visit.date.required}") @PastOrPresent(message = "{visit.date.future}")
          LocalDate heldOn,
      @NotBlank(message = "{visit.notes.required}")
          @Size(max = 2000, message = "{visit.notes.size}")
          @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
          String notes) {
    UserAccount me = me();
    Mediation m = visible(me, mediationId);
    if (m.getOutcome() != null) {
      throw new BusinessException("mediation.concluded");
    }
    mediations.add(new MediationSession(mediationId, heldOn, notes.strip(), me.getId(), now()));
  }

  /**
   * The outcome. An agreement needs its text and a follow-up day (today or later) to check that it
   * is kept.
   */
  public void conclude(
      long mediationId,
      long expectedVersion,
      @NotNull(message = "{mediation.outcome.required}") Outcome outcome,
      @Size(max = 4000, message = "{mediation.agreement.size}")
          @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
          String agreement,
      LocalDate followUpOn) {
    UserAccount me = me();
    Mediation m = visible(me, mediationId);
    CommitteeAccess.requireVersion(m.getVersion(), expectedVersion);
    if (m.getOutcome() != null) {
      throw new BusinessException("mediation.concluded");
    }
    if (mediations.sessionCount(mediationId) == 0) {
      throw new BusinessException("mediation.noSession");
    }
    boolean agreed = outcome == Outcome.AGREEMENT;
    if (agreed
        && (agreement == null
            || agreement.isBlank()
            || followUpOn == null
            || followUpOn.isBefore(today()))) {
      throw new BusinessException("mediation.agreement.required");
    }
    m.conclude(outcome, agreed ? agreement.strip() : null, agreed ? followUpOn : null, now());
  }

  /** 回访: whether the agreement is kept. */
  public void followUp(
      long mediationId,
      long expectedVersion,
      boolean kept,
      @NotBlank(message = "{visit.notes.required}")
          @Size(max = 2000, message = "{visit.notes.size}")
          @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
          String note) {
    UserAccount me = me();
    Mediation m = visible(me, mediationId);
    CommitteeAccess.requireVersion(m.getVersion(), expectedVersion);
    if (m.getOutcome() != Outcome.AGREEMENT) {
      throw new BusinessException("mediation.noAgreement");
    }
    m.followedUp(kept, note.strip(), now());
  }

  /** The agreement (调解协议书) as a PDF with Chinese text. */
  public byte[] agreementPdf(long mediationId) {
    MediationDetail d = detail(mediationId);
    if (d.mediation().outcome() != Outcome.AGREEMENT) {
      throw new BusinessException("mediation.noAgreement");
    }
    Mediation m = mediations.mediation(mediationId);
    return CjkPdf.create("人民调解协议书")
        .field("工单", d.mediation().caseNo())
        .field("网格", d.mediation().grid())
        .field("当事人", d.mediation().parties())
        .field("调解员", String.join("、", d.mediators()))
        .field("达成日期", m.getOutcomeAt().toLocalDate().toString())
        .heading("协议内容")
        .paragraph(d.agreement())
        .field("履行回访日期", d.mediation().followUpOn().toString())
        .toBytes();
  }

  private LocalDate today() {
    return now().toLocalDate();
  }

  /** Officials of the area, the grid's handlers and the mediators' own logins. */
  private Mediation visible(UserAccount me, long mediationId) {
    Mediation m = mediations.mediation(mediationId);
    if (m == null || !access.sees(me, m.getCommunityId())) {
      throw new BusinessException("mediation.notFound");
    }
    if (Roles.HANDLER.equals(me.getRole()) && !m.getGridId().equals(me.getGridId())) {
      if (mediations.mediatedBy(mediationId, me.getId()) == 0) {
        throw new BusinessException("mediation.notFound");
      }
    }
    return m;
  }
}
