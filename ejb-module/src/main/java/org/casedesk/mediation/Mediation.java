package org.casedesk.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.casedesk.shared.BaseEntity;

/** The mediation of a neighbour dispute (邻里纠纷调解), tied to its case. */
@Entity
@Table(name = "mediation")
public class Mediation extends BaseEntity {

  @Id
  @SequenceGenerator(name = "mediation_seq", sequenceName = "mediation_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mediation_seq")
  private Long id;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Column(name = "community_id", nullable = false)
  private Long communityId;

  @Column(name = "grid_id", nullable = false)
  private Long gridId;

  /** The parties' names, e.g. "302室 王某；402室 李某". */
  @Column(nullable = false, length = 500)
  private String parties;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Outcome outcome;

  @Column(length = 4000)
  private String agreement;

  @Column(name = "outcome_at")
  private LocalDateTime outcomeAt;

  @Column(name = "follow_up_on")
  private LocalDate followUpOn;

  private Boolean kept;

  @Column(name = "follow_up_note", length = 2000)
  private String followUpNote;

  @Column(name = "followed_up_at")
  private LocalDateTime followedUpAt;

  @Column(name = "created_by", nullable = false)
  private Long createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected Mediation() {}

  public Mediation(
      Long caseId,
      Long communityId,
      Long gridId,
      String parties,
      Long createdBy,
      LocalDateTime createdAt) {
    this.caseId = caseId;
    this.communityId = communityId;
    this.gridId = gridId;
    this.parties = parties;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public void conclude(Outcome outcome, String agreement, LocalDate followUpOn, LocalDateTime at) {
    this.outcome = outcome;
    this.agreement = agreement;
    this.followUpOn = followUpOn;
    this.outcomeAt = at;
  }

  public void followedUp(boolean kept, String note, LocalDateTime at) {
    this.kept = kept;
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

  public Long getCommunityId() {
    return communityId;
  }

  public Long getGridId() {
    return gridId;
  }

  public String getParties() {
    return parties;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getAgreement() {
    return agreement;
  }

  public LocalDate getFollowUpOn() {
    return followUpOn;
  }

  public Boolean getKept() {
    return kept;
  }

  public String getFollowUpNote() {
    return followUpNote;
  }

  public LocalDateTime getOutcomeAt() {
    return outcomeAt;
  }
}
