package org.casedesk.meetings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casedesk.accounts.BaseService;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaNode;
import org.casedesk.areas.AreaRepository;
import org.casedesk.cases.CaseAction;
import org.casedesk.cases.CaseSummary;
import org.casedesk.cases.CommitteeCases;
import org.casedesk.cases.WorkCase;
import org.casedesk.members.CommitteeAccess;
import org.casedesk.members.Member;
import org.casedesk.members.MemberRepository;
import org.casedesk.members.MemberUnit;
import org.casedesk.members.UnitRepository;
import org.casedesk.notifications.NotificationKind;
import org.casedesk.notifications.NotificationRepository;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Jpql;
import org.casedesk.shared.Roles;
import org.casedesk.shared.pdf.CjkPdf;

/**
 * 社工委会议: officials and ADMIN schedule meetings of their community, invite members, record
 * attendance, put escalated cases or free topics on the agenda, record minutes and decisions. A
 * decision's owner (staff of the owning unit, the owning member's login) or an official reports it
 * done; when every decision on an escalated case is done, or the meeting records that none is
 * needed, the case goes back to its handler. Each step shows in the case's timeline.
 */
@Stateless
public class MeetingService extends BaseService {

  @Inject private MeetingRepository meetings;
  @Inject private AreaRepository areas;
  @Inject private UnitRepository units;
  @Inject private MemberRepository members;
  @Inject private CommitteeAccess access;
  @Inject private CommitteeCases committeeCases;
  @Inject private NotificationRepository notifications;

  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public List<MeetingItem> meetings() {
    Long community = access.communityOf(me());
    return meetings.items(community);
  }

  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public MeetingDetail detail(long meetingId) {
    UserAccount me = me();
    Meeting m = visible(me, meetingId);
    MeetingItem item = meetings.item(meetingId);
    List<InviteeItem> invitees = meetings.invitees(meetingId);
    Map<Long, List<DecisionItem>> decisions =
        meetings.decisions("d.meetingId = :id", Map.of("id", meetingId), today()).stream()
            .collect(Collectors.groupingBy(DecisionItem::agendaItemId));
    List<AgendaItemView> agenda = meetings.agenda(meetingId, decisions);
    return new MeetingDetail(item, m.getMinutes(), invitees, agenda);
  }

  /** Schedules a meeting; returns its id. */
  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public long schedule(
      @NotNull(message = "{member.community.required}") Long communityId,
      @NotBlank(message = "{meeting.title.required}")
          @Size(max = 100, message = "{meeting.title.size}")
          @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
          String title,
      @NotNull(message = "{meeting.heldOn.required}") LocalDate heldOn,
      @Size(max = 100, message = "{project.place.size}")
          @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
          String place) {
    UserAccount me = me();
    access.requireMaintainable(me, communityId);
    AreaNode community = areas.find(communityId);
    if (community == null || community.getKind() != AreaKind.COMMUNITY) {
      throw new BusinessException("member.community.invalid");
    }
    Meeting m =
        new Meeting(
            communityId,
            title.strip(),
            heldOn,
            place == null || place.isBlank() ? null : place.strip(),
            me.getId(),
            now());
    meetings.add(m);
    return m.getId();
  }

  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public void invite(long meetingId, long memberId) {
    UserAccount me = me();
    maintainable(me, meetingId);
    access.activeMember(me, memberId);
    if (meetings.invitee(meetingId, memberId).isEmpty()) {
      meetings.add(new Invitee(meetingId, memberId));
    }
  }

  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public void attendance(long meetingId, long memberId, boolean attended) {
    UserAccount me = me();
    maintainable(me, meetingId);
    Invitee invitee =
        meetings
            .invitee(meetingId, memberId)
            .orElseThrow(() -> new BusinessException("meeting.notInvited"));
    invitee.attended(attended);
  }

  /** Escalated cases of the caller's area waiting for the committee, to put on an agenda. */
  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public List<CaseSummary> waitingCases() {
    return committeeCases.waiting(access.communityOf(me()));
  }

  /** An agenda item: an escalated case of the meeting's community, or a free topic. */
  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public long addAgendaItem(
      long meetingId,
      Long caseId,
      @Size(max = 500, message = "{agenda.topic.size}")
          @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
          String topic) {
    UserAccount me = me();
    Meeting m = maintainable(me, meetingId);
    String text = topic == null ? "" : topic.strip();
    if (caseId != null) {
      WorkCase c = committeeCases.escalated(caseId, m.getCommunityId());
      if (text.isEmpty()) {
        String d = c.getDescription();
        text = c.getCaseNo() + " " + (d.length() > 200 ? d.substring(0, 200) : d);
      }
      committeeCases.note(caseId, me, CaseAction.ON_AGENDA, m.getTitle() + " " + m.getHeldOn());
    } else if (text.isEmpty()) {
      throw new BusinessException("agenda.topic.required");
    }
    AgendaItem item = new AgendaItem(meetingId, caseId, text, now());
    meetings.add(item);
    return item.getId();
  }

  /** A decision on an agenda item; it shows in the case's timeline. */
  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public long decide(long agendaItemId, @NotNull @Valid NewDecision input) {
    UserAccount me = me();
    AgendaItem item = agendaItem(agendaItemId);
    Meeting m = maintainable(me, item.getMeetingId());
    if ((input.ownerUnitId() == null) == (input.ownerMemberId() == null)) {
      throw new BusinessException("decision.owner.one");
    }
    String owner;
    Long ownerLogin = null;
    if (input.ownerUnitId() != null) {
      MemberUnit unit = units.find(input.ownerUnitId());
      if (unit == null || !unit.isActive() || !access.sees(me, unit.getCommunityId())) {
        throw new BusinessException("project.claim.unitInvalid");
      }
      owner = unit.getName();
    } else {
      Member member = access.activeMember(me, input.ownerMemberId());
      owner = member.getName();
      ownerLogin = member.getUserId();
    }
    if (item.isNoTaskNeeded()) {
      throw new BusinessException("agenda.noTaskNeeded");
    }
    Decision d =
        new Decision(
            item,
            m.getCommunityId(),
            input.text().strip(),
            input.ownerUnitId(),
            input.ownerMemberId(),
            input.dueOn(),
            now());
    meetings.add(d);
    String due = d.getDueOn() == null ? null : d.getDueOn().toString();
    if (input.ownerUnitId() != null) {
      notifications.notifyUnitStaff(
          input.ownerUnitId(),
          NotificationKind.DECISION_TASK,
          item.getCaseId(),
          d.getText(),
          due,
          me.getId());
    } else {
      notifications.notify(
          ownerLogin,
          NotificationKind.DECISION_TASK,
          item.getCaseId(),
          d.getText(),
          due,
          me.getId());
    }
    if (item.getCaseId() != null) {
      committeeCases.note(
          item.getCaseId(),
          me,
          CaseAction.COMMITTEE_DECISION,
          d.getText() + "（" + owner + "，" + d.getDueOn() + "前）");
    }
    return d.getId();
  }

  /**
   * The meeting decides no follow-up task is needed; an escalated case goes back to its handler.
   */
  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public void noTaskNeeded(
      long agendaItemId,
      long expectedVersion,
      @NotBlank(message = "{decision.text.required}")
          @Size(max = 2000, message = "{decision.text.size}")
          @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
          String conclusion) {
    UserAccount me = me();
    AgendaItem item = agendaItem(agendaItemId);
    maintainable(me, item.getMeetingId());
    CommitteeAccess.requireVersion(item.getVersion(), expectedVersion);
    long tasks = meetings.decisionCount(agendaItemId);
    if (tasks > 0 || item.isNoTaskNeeded()) {
      throw new BusinessException("agenda.hasTasks");
    }
    item.noTaskNeeded();
    if (item.getCaseId() != null) {
      committeeCases.note(item.getCaseId(), me, CaseAction.COMMITTEE_DECISION, conclusion.strip());
      committeeCases.backToHandler(item.getCaseId(), me, conclusion.strip());
    }
  }

  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public void recordMinutes(
      long meetingId,
      long expectedVersion,
      @NotBlank(message = "{meeting.minutes.required}")
          @Size(max = 8000, message = "{meeting.minutes.size}")
          @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
          String minutes) {
    UserAccount me = me();
    Meeting m = maintainable(me, meetingId);
    CommitteeAccess.requireVersion(m.getVersion(), expectedVersion);
    m.recordMinutes(minutes.strip(), now());
  }

  /**
   * Decision tasks the caller works on: handlers those of their unit and their own (as a member),
   * officials those of their area; open ones, or all.
   */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public List<DecisionItem> tasks(boolean openOnly) {
    UserAccount me = me();
    String condition;
    Map<String, Object> parameters;
    if (Roles.HANDLER.equals(me.getRole())) {
      condition =
          "(d.ownerUnitId = :unit or d.ownerMemberId in"
              + " (select x.id from CommitteeMember x where x.userId = :me))";
      parameters =
          Map.of(
              "unit", me.getMemberUnitId() == null ? -1L : me.getMemberUnitId(), "me", me.getId());
    } else {
      Long community = access.communityOf(me);
      condition = community == null ? Jpql.everyRow("d") : "d.communityId = :community";
      parameters = community == null ? Map.of() : Map.of("community", community);
    }
    return meetings.decisions(
        condition + (openOnly ? " and d.doneAt is null" : ""), parameters, today());
  }

  /**
   * 决议事项完成. When every decision on its case is done, the escalated case goes back to its handler to
   * resolve.
   */
  @RolesAllowed({Roles.HANDLER, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public void decisionDone(
      long decisionId,
      long expectedVersion,
      @NotBlank(message = "{decision.doneNote.required}")
          @Size(max = 2000, message = "{decision.text.size}")
          @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
          String note) {
    UserAccount me = me();
    Decision d = meetings.decision(decisionId);
    if (d == null || !access.sees(me, d.getCommunityId())) {
      throw new BusinessException("decision.notFound");
    }
    if (Roles.HANDLER.equals(me.getRole())) {
      boolean ownsUnit =
          d.getOwnerUnitId() != null && d.getOwnerUnitId().equals(me.getMemberUnitId());
      Member owner = d.getOwnerMemberId() == null ? null : members.find(d.getOwnerMemberId());
      if (!ownsUnit && (owner == null || !me.getId().equals(owner.getUserId()))) {
        throw new BusinessException("decision.notYours");
      }
    } else {
      access.requireMaintainable(me, d.getCommunityId());
    }
    CommitteeAccess.requireVersion(d.getVersion(), expectedVersion);
    if (d.getDoneAt() != null) {
      throw new BusinessException("decision.already");
    }
    d.done(note.strip(), me.getId(), now());
    if (d.getCaseId() != null) {
      committeeCases.note(
          d.getCaseId(), me, CaseAction.DECISION_DONE, d.getText() + "：" + note.strip());
      long open = meetings.openDecisionsOfCase(d.getCaseId());
      if (open == 0) {
        committeeCases.backToHandler(d.getCaseId(), me, "社工委会议决议事项已全部完成，请办理人办结");
      }
    }
  }

  /** The minutes as a PDF with Chinese text: meeting, attendance, agenda, decisions, minutes. */
  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public byte[] minutesPdf(long meetingId) {
    MeetingDetail detail = detail(meetingId);
    MeetingItem m = detail.meeting();
    CjkPdf pdf =
        CjkPdf.create(m.title())
            .field("社区", m.community())
            .field("日期", m.heldOn().toString())
            .field("地点", m.place())
            .field(
                "应到",
                detail.invitees().stream().map(InviteeItem::name).collect(Collectors.joining("、")))
            .field(
                "实到",
                detail.invitees().stream()
                    .filter(i -> Boolean.TRUE.equals(i.attended()))
                    .map(InviteeItem::name)
                    .collect(Collectors.joining("、")));
    int n = 1;
    for (AgendaItemView a : detail.agenda()) {
      pdf.heading("议题" + n++ + "：" + a.topic());
      if (a.noTaskNeeded()) {
        pdf.paragraph("会议认为无需后续任务。");
      }
      for (DecisionItem d : a.decisions()) {
        pdf.field(
            "决议",
            d.text()
                + "（责任："
                + (d.ownerUnit() != null ? d.ownerUnit() : d.ownerMember())
                + "，期限："
                + d.dueOn()
                + "，"
                + (d.doneAt() == null ? "未完成" : "已完成")
                + "）");
      }
    }
    pdf.heading("会议纪要");
    pdf.paragraph(detail.minutes() == null ? "（尚未记录）" : detail.minutes());
    return pdf.toBytes();
  }

  private LocalDate today() {
    return now().toLocalDate();
  }

  private AgendaItem agendaItem(long id) {
    AgendaItem item = meetings.agendaItem(id);
    if (item == null) {
      throw new BusinessException("meeting.notFound");
    }
    return item;
  }

  private Meeting visible(UserAccount me, long meetingId) {
    Meeting m = meetings.meeting(meetingId);
    if (m == null || !access.sees(me, m.getCommunityId())) {
      throw new BusinessException("meeting.notFound");
    }
    return m;
  }

  private Meeting maintainable(UserAccount me, long meetingId) {
    Meeting m = visible(me, meetingId);
    access.requireMaintainable(me, m.getCommunityId());
    return m;
  }
}
