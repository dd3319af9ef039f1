package org.casedesk.open311;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A request as an API client posted it: its token, the client's own reference number and what the
 * address tree could not hold (lat/long, the address as typed). Linked to its case once placed; an
 * address the tree did not match waits for the help desk with no case yet.
 */
@Entity
@Table(name = "open311_request")
public class Open311Request {

  @Id
  @SequenceGenerator(
      name = "open311_request_seq",
      sequenceName = "open311_request_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "open311_request_seq")
  private Long id;

  @Column(nullable = false, length = 40, unique = true, updatable = false)
  private String token;

  @Column(name = "client_id", nullable = false, updatable = false)
  private Long clientId;

  @Column(name = "case_id", unique = true)
  private Long caseId;

  @Column(name = "category_id", nullable = false)
  private Long categoryId;

  @Column(name = "service_request_id_ext", length = 100, updatable = false)
  private String externalId;

  @Column(name = "address_string", length = 200)
  private String addressString;

  private Double lat;

  private Double lng;

  @Column(nullable = false, length = 4000)
  private String description;

  @Column(name = "contact_name", length = 60)
  private String contactName;

  @Column(name = "contact_phone", length = 30)
  private String contactPhone;

  @Column(name = "received_at", nullable = false, updatable = false)
  private LocalDateTime receivedAt;

  protected Open311Request() {}

  Open311Request(
      String token,
      Long clientId,
      Long categoryId,
      NewServiceRequest input,
      Double lat,
      Double lng,
      String description,
      LocalDateTime receivedAt) {
    this.token = token;
    this.clientId = clientId;
    this.categoryId = categoryId;
    this.externalId = input.externalId();
    this.addressString = input.addressString();
    this.lat = lat;
    this.lng = lng;
    this.description = description;
    this.contactName = input.contactName();
    this.contactPhone = input.phone();
    this.receivedAt = receivedAt;
  }

  /** An address_id above the flat level is kept as its path, for the help desk to place. */
  void describeAddress(String path) {
    this.addressString = path.length() > 200 ? path.substring(0, 200) : path;
  }

  void placedAs(Long caseId) {
    this.caseId = caseId;
  }

  public Long getId() {
    return id;
  }

  public String getToken() {
    return token;
  }

  public Long getClientId() {
    return clientId;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public String getExternalId() {
    return externalId;
  }

  public String getAddressString() {
    return addressString;
  }

  public Double getLat() {
    return lat;
  }

  public Double getLng() {
    return lng;
  }

  public String getDescription() {
    return description;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public LocalDateTime getReceivedAt() {
    return receivedAt;
  }
}
