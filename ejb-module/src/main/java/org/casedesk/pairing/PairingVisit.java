package org.casedesk.pairing;

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

/**
 * One visit of a pairing, with whether it came within the cadence (for the report) and the case it
 * raised, if any. The community and grid are copied so visits can be counted per area in SQL.
 */
@Entity
@Table(name = "pairing_visit")
public class PairingVisit {

  @Id
  @SequenceGenerator(
      name = "pairing_visit_seq",
      sequenceName = "pairing_visit_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pairing_visit_seq")
  private Long id;

  @Column(name = "pairing_id", nullable = false, updatable = false)
  private Long pairingId;

  @Column(name = "visited_on", nullable = false, updatable = false)
  private LocalDate visitedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private VisitForm form;

  @Column(nullable = false, length = 2000, updatable = false)
  private String notes;

  @Column(name = "on_time", nullable = false, updatable = false)
  private boolean onTime;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private Long recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private LocalDateTime recordedAt;

  @Column(name = "case_id")
  private Long caseId;

  @Column(name = "community_id", nullable = false, updatable = false)
  private Long communityId;

  @Column(name = "grid_id", nullable = false, updatable = false)
  private Long gridId;

  protected PairingVisit() {}

  public PairingVisit(
      Pairing pairing,
      LocalDate visitedOn,
      VisitForm form,
      String notes,
      boolean onTime,
      Long recordedBy,
      LocalDateTime recordedAt) {
    this.pairingId = pairing.getId();
    this.communityId = pairing.getCommunityId();
    this.gridId = pairing.getGridId();
    this.visitedOn = visitedOn;
    this.form = form;
    this.notes = notes;
    this.onTime = onTime;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public void raised(Long caseId) {
    this.caseId = caseId;
  }

  public Long getId() {
    return id;
  }

  public Long getPairingId() {
    return pairingId;
  }

  public LocalDate getVisitedOn() {
    return visitedOn;
  }

  public VisitForm getForm() {
    return form;
  }

  public String getNotes() {
    return notes;
  }

  public boolean isOnTime() {
    return onTime;
  }

  public Long getCaseId() {
    return caseId;
  }
}
