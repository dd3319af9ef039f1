package org.casedesk.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A member (委员, party volunteer …) mediating. */
@Entity
@Table(name = "mediation_mediator")
public class Mediator {

  @Id
  @SequenceGenerator(name = "mediator_ids", sequenceName = "mediation_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mediator_ids")
  private Long id;

  @Column(name = "mediation_id", nullable = false)
  private Long mediationId;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  protected Mediator() {}

  public Mediator(Long mediationId, Long memberId) {
    this.mediationId = mediationId;
    this.memberId = memberId;
  }

  public Long getId() {
    return id;
  }
}
