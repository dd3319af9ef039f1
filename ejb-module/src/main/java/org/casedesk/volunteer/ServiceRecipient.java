package org.casedesk.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A resident who received a unit's service. */
@Entity
@Table(name = "service_recipient")
public class ServiceRecipient {

  @Id
  @SequenceGenerator(
      name = "service_recipient_seq",
      sequenceName = "service_recipient_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_recipient_seq")
  private Long id;

  @Column(name = "service_id", nullable = false)
  private Long serviceId;

  @Column(name = "resident_id", nullable = false)
  private Long residentId;

  protected ServiceRecipient() {}

  public ServiceRecipient(Long serviceId, Long residentId) {
    this.serviceId = serviceId;
    this.residentId = residentId;
  }

  public Long getId() {
    return id;
  }
}
