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
import org.casedesk.categories.Channel;
import org.casedesk.shared.BaseEntity;
import org.casedesk.shared.BusinessException;

/**
 * A further caller about an open case (a merged duplicate): their own words, and their own
 * follow-up (回访) once the case is resolved.
 */
@Entity
@Table(name = "case_caller")
public class CaseCaller extends BaseEntity {

  @Id
  @SequenceGenerator(name = "caller_seq", sequenceName = "caller_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "caller_seq")
  private Long id;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Column(name = "resident_id")
  private Long residentId;

  @Column(nullable = false)
  private boolean anonymous;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Channel channel;

  @NotBlank(message = "{case.description.required}")
  @Size(max = 2000, message = "{case.description.size}")
  @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
  @Column(nullable = false, length = 2000)
  private String description;

  @Column(name = "added_by", nullable = false)
  private Long addedBy;

  @Column(name = "added_at", nullable = false)
  private LocalDateTime addedAt;

  @Column(name = "followed_up_at")
  private LocalDateTime followedUpAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Satisfaction satisfaction;

  @Size(max = 2000, message = "{case.note.size}")
  @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
  @Column(name = "follow_up_note", length = 2000)
  private String followUpNote;

  protected CaseCaller() {}

  CaseCaller(
      Long caseId,
      Long residentId,
      boolean anonymous,
      Channel channel,
      String description,
      Long addedBy,
      LocalDateTime addedAt) {
    this.caseId = caseId;
    this.residentId = residentId;
    this.anonymous = anonymous;
    this.channel = channel;
    this.description = description;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  void followedUp(Satisfaction answer, String note, LocalDateTime at) {
    if (followedUpAt != null) {
      throw new BusinessException("caller.followedUp.already");
    }
    this.satisfaction = answer;
    this.followUpNote = note;
    this.followedUpAt = at;
  }

  @Override
  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getResidentId() {
    return residentId;
  }

  public boolean isAnonymous() {
    return anonymous;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getDescription() {
    return description;
  }

  public LocalDateTime getAddedAt() {
    return addedAt;
  }

  public LocalDateTime getFollowedUpAt() {
    return followedUpAt;
  }

  public Satisfaction getSatisfaction() {
    return satisfaction;
  }
}
