package org.casedesk.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One mediation session with its notes. */
@Entity
@Table(name = "mediation_session")
public class MediationSession {

  @Id
  @SequenceGenerator(name = "session_ids", sequenceName = "mediation_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_ids")
  private Long id;

  @Column(name = "mediation_id", nullable = false, updatable = false)
  private Long mediationId;

  @Column(name = "held_on", nullable = false, updatable = false)
  private LocalDate heldOn;

  @Column(nullable = false, length = 2000, updatable = false)
  private String notes;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private Long recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private LocalDateTime recordedAt;

  protected MediationSession() {}

  public MediationSession(
      Long mediationId, LocalDate heldOn, String notes, Long recordedBy, LocalDateTime recordedAt) {
    this.mediationId = mediationId;
    this.heldOn = heldOn;
    this.notes = notes;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }
}
