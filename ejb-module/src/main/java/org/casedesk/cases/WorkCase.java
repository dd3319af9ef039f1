package org.casedesk.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaNode;
import org.casedesk.categories.Channel;
import org.casedesk.shared.BaseEntity;
import org.casedesk.shared.BusinessException;

/**
 * A work order. Times are Asia/Shanghai local times. State changes only through {@link
 * #moveTo(CaseState)}, which enforces the state machine.
 */
@Entity
@Table(name = "work_case")
public class WorkCase extends BaseEntity {

  @Id
  @SequenceGenerator(name = "case_seq", sequenceName = "case_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_seq")
  private Long id;

  @Column(name = "case_no", length = 20, unique = true)
  private String caseNo;

  @Column(name = "resident_id")
  private Long residentId;

  /** Where the case is: any node of the address tree from the grid down. */
  @Column(name = "location_id", nullable = false)
  private Long locationId;

  /** The location when it is a flat (室), else null. */
  @Column(name = "flat_id")
  private Long flatId;

  /** Free text that narrows the location down, e.g. 东侧人行道. */
  @Size(max = 200, message = "{case.locationDetail.size}")
  @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
  @Column(name = "location_detail", length = 200)
  private String locationDetail;

  @Column(name = "grid_id", nullable = false)
  private Long gridId;

  @Column(name = "community_id", nullable = false)
  private Long communityId;

  @Column(name = "category_id", nullable = false)
  private Long categoryId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Channel channel;

  @NotBlank(message = "{case.description.required}")
  @Size(max = 4000, message = "{case.description.size}")
  @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
  @Column(nullable = false, length = 4000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CaseState state;

  @Column(name = "handler_id")
  private Long handlerId;

  @Column(name = "created_by", nullable = false)
  private Long createdBy;

  @Column(name = "accepted_at", nullable = false)
  private LocalDateTime acceptedAt;

  @Column(name = "due_at")
  private LocalDateTime dueAt;

  @Column(name = "resolved_at")
  private LocalDateTime resolvedAt;

  @Column(name = "closed_at")
  private LocalDateTime closedAt;

  @Size(max = 2000, message = "{case.reply.size}")
  @Column(length = 2000)
  private String reply;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Satisfaction satisfaction;

  @Column(name = "sent_back_count", nullable = false)
  private int sentBackCount;

  @Column(nullable = false)
  private boolean anonymous;

  @Column(name = "repeat_of_id")
  private Long repeatOfId;

  @Column(name = "dispatched_at")
  private LocalDateTime dispatchedAt;

  /** A pending extension request: working days asked for, and why. */
  @Column(name = "extension_days")
  private Integer extensionDays;

  @Column(name = "extension_reason", length = 2000)
  private String extensionReason;

  /** The end of the sign-for limit of the latest dispatch. */
  @Column(name = "sign_due_at")
  private LocalDateTime signDueAt;

  /** From this time the case is near its deadline (the category's warning threshold). */
  @Column(name = "warn_at")
  private LocalDateTime warnAt;

  /** 无效诉求: the reason (case_reason of kind INVALID), the note, and when. */
  @Column(name = "invalid_reason_id")
  private Long invalidReasonId;

  @Column(name = "invalid_note", length = 2000)
  private String invalidNote;

  @Column(name = "invalid_at")
  private LocalDateTime invalidAt;

  /** Closed although the resident stays dissatisfied: why (case_reason of kind DISSATISFIED). */
  @Column(name = "close_reason_id")
  private Long closeReasonId;

  /** Working days added by approved extensions, all together. */
  @Column(name = "extended_days", nullable = false)
  private int extendedDays;

  /** The entry form's one-time token (double submit). */
  @Column(name = "request_token", length = 40, updatable = false)
  private String requestToken;

  /** 保密: withheld from every Open311 client. */
  @Column(nullable = false)
  private boolean confidential;

  protected WorkCase() {}

  public WorkCase(
      Long residentId,
      AreaNode location,
      String locationDetail,
      Long categoryId,
      Channel channel,
      String description,
      Long createdBy,
      LocalDateTime acceptedAt) {
    this.residentId = residentId;
    this.locationId = location.getId();
    this.flatId = location.getKind() == AreaKind.FLAT ? location.getId() : null;
    this.locationDetail = locationDetail;
    this.gridId = location.getGridId();
    this.communityId = location.getCommunityId();
    this.categoryId = categoryId;
    this.channel = channel;
    this.description = description;
    this.createdBy = createdBy;
    this.acceptedAt = acceptedAt;
    this.state = CaseState.ACCEPTED;
  }

  /** Moves to {@code next}, or refuses with {@code case.transition.illegal}. */
  public CaseState moveTo(CaseState next) {
    if (!state.canMoveTo(next)) {
      throw new BusinessException("case.transition.illegal", state.name(), next.name());
    }
    CaseState previous = state;
    state = next;
    return previous;
  }

  void numberAs(String caseNo) {
    this.caseNo = caseNo;
  }

  void dispatchTo(Long handlerId, LocalDateTime at, LocalDateTime dueAt) {
    this.handlerId = handlerId;
    this.dispatchedAt = at;
    this.dueAt = dueAt;
  }

  /** 派单 with the category's sign-for limit and near-deadline warning. */
  void dispatchTo(Long handlerId, LocalDateTime at, Deadlines deadlines) {
    dispatchTo(handlerId, at, deadlines.due());
    this.signDueAt = deadlines.signDue();
    this.warnAt = deadlines.warn();
  }

  void submittedWith(String requestToken) {
    this.requestToken = requestToken;
  }

  void repeats(Long earlierCaseId) {
    this.repeatOfId = earlierCaseId;
  }

  /** 直接答复: answered at the desk; nobody else has work to do. */
  void answerOnTheSpot(String answer, LocalDateTime at) {
    moveTo(CaseState.ANSWERED);
    this.reply = answer;
    this.resolvedAt = at;
    this.closedAt = at;
  }

  /** 退单: back to the help desk, nobody's case until it is dispatched again. */
  void returnToDesk() {
    this.handlerId = null;
    this.extensionDays = null;
    this.extensionReason = null;
  }

  void requestExtension(int workingDays, String reason) {
    if (extensionDays != null) {
      throw new BusinessException("case.extension.pending");
    }
    this.extensionDays = workingDays;
    this.extensionReason = reason;
  }

  /** Ends the pending request; approved moves the due date to {@code newDueAt}. */
  void decideExtension(boolean approved, LocalDateTime newDueAt) {
    if (extensionDays == null) {
      throw new BusinessException("case.extension.none");
    }
    if (approved) {
      this.extendedDays += extensionDays;
      if (warnAt != null && dueAt != null) {
        warnAt = newDueAt.minus(java.time.Duration.between(warnAt, dueAt));
      }
      this.dueAt = newDueAt;
    }
    this.extensionDays = null;
    this.extensionReason = null;
  }

  void resolve(String reply, LocalDateTime at) {
    this.reply = reply;
    this.resolvedAt = at;
  }

  /** 回访: a content resident closes the case; a dissatisfied one leaves it for review. */
  void followedUp(Satisfaction satisfaction, LocalDateTime at) {
    this.satisfaction = satisfaction;
    if (satisfaction.isContent()) {
      this.closedAt = at;
    }
  }

  /** 发回重办: the resolution no longer stands; the handler works on it again. */
  void sendBack() {
    this.sentBackCount++;
    this.resolvedAt = null;
  }

  /** 不满意结案 with the reason why the case is closed all the same. */
  void closeDissatisfied(Long reasonId, LocalDateTime at) {
    this.closeReasonId = reasonId;
    this.closedAt = at;
  }

  /** 无效诉求: nothing more is done; a pending extension request lapses. */
  void markInvalid(Long reasonId, String note, LocalDateTime at) {
    moveTo(CaseState.INVALID);
    this.invalidReasonId = reasonId;
    this.invalidNote = note;
    this.invalidAt = at;
    this.extensionDays = null;
    this.extensionReason = null;
  }

  public void markAnonymous(boolean anonymous) {
    this.anonymous = anonymous;
  }

  public void markConfidential(boolean confidential) {
    this.confidential = confidential;
  }

  public boolean isConfidential() {
    return confidential;
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getCaseNo() {
    return caseNo;
  }

  public Long getResidentId() {
    return residentId;
  }

  public Long getLocationId() {
    return locationId;
  }

  public Long getFlatId() {
    return flatId;
  }

  public String getLocationDetail() {
    return locationDetail;
  }

  public Long getGridId() {
    return gridId;
  }

  public Long getCommunityId() {
    return communityId;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getDescription() {
    return description;
  }

  public CaseState getState() {
    return state;
  }

  public Long getHandlerId() {
    return handlerId;
  }

  public Long getCreatedBy() {
    return createdBy;
  }

  public LocalDateTime getAcceptedAt() {
    return acceptedAt;
  }

  public LocalDateTime getDueAt() {
    return dueAt;
  }

  public LocalDateTime getResolvedAt() {
    return resolvedAt;
  }

  public LocalDateTime getClosedAt() {
    return closedAt;
  }

  public String getReply() {
    return reply;
  }

  public Satisfaction getSatisfaction() {
    return satisfaction;
  }

  public int getSentBackCount() {
    return sentBackCount;
  }

  public Long getInvalidReasonId() {
    return invalidReasonId;
  }

  public String getInvalidNote() {
    return invalidNote;
  }

  public LocalDateTime getInvalidAt() {
    return invalidAt;
  }

  public Long getCloseReasonId() {
    return closeReasonId;
  }

  public int getExtendedDays() {
    return extendedDays;
  }

  public Long getRepeatOfId() {
    return repeatOfId;
  }

  public LocalDateTime getDispatchedAt() {
    return dispatchedAt;
  }

  public Integer getExtensionDays() {
    return extensionDays;
  }

  public String getExtensionReason() {
    return extensionReason;
  }

  public LocalDateTime getSignDueAt() {
    return signDueAt;
  }

  public LocalDateTime getWarnAt() {
    return warnAt;
  }

  public boolean isAnonymous() {
    return anonymous;
  }
}
