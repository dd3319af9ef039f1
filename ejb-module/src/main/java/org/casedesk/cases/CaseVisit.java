package org.casedesk.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** An on-site visit (现场核查) of the handler: when, where, what was found. Never changed. */
@Entity
@Table(name = "case_visit")
public class CaseVisit {

  @Id
  @SequenceGenerator(name = "visit_seq", sequenceName = "visit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_seq")
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @Column(name = "handler_id", nullable = false, updatable = false)
  private Long handlerId;

  @Column(name = "visited_at", nullable = false, updatable = false)
  private LocalDateTime visitedAt;

  @NotBlank(message = "{visit.place.required}")
  @Size(max = 200, message = "{visit.place.size}")
  @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
  @Column(nullable = false, length = 200, updatable = false)
  private String place;

  @NotBlank(message = "{visit.findings.required}")
  @Size(max = 2000, message = "{visit.findings.size}")
  @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "{text.control}")
  @Column(nullable = false, length = 2000, updatable = false)
  private String findings;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private LocalDateTime recordedAt;

  protected CaseVisit() {}

  CaseVisit(
      Long caseId,
      Long handlerId,
      LocalDateTime visitedAt,
      String place,
      String findings,
      LocalDateTime recordedAt) {
    this.caseId = caseId;
    this.handlerId = handlerId;
    this.visitedAt = visitedAt;
    this.place = place;
    this.findings = findings;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public LocalDateTime getVisitedAt() {
    return visitedAt;
  }

  public String getPlace() {
    return place;
  }

  public String getFindings() {
    return findings;
  }
}
