package org.casedesk.residents;

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
import org.casedesk.shared.BaseEntity;
import org.casedesk.shared.IdNumber;

/** A resident. Phone and ID number are personal data: never shown unmasked by default. */
@Entity
@Table(name = "resident")
public class Resident extends BaseEntity {

  @Id
  @SequenceGenerator(name = "resident_seq", sequenceName = "resident_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resident_seq")
  private Long id;

  @NotBlank(message = "{resident.name.required}")
  @Size(max = 40, message = "{resident.name.size}")
  @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
  @Column(nullable = false, length = 40)
  private String name;

  @Pattern(regexp = "(1[3-9]\\d{9})|(0\\d{2,3}-?\\d{7,8})|", message = "{resident.phone.format}")
  @Column(length = 20)
  private String phone;

  @Pattern(regexp = "(\\d{17}[\\dX])|", message = "{resident.id.format}")
  @IdNumber
  @Column(name = "id_number", length = 18)
  private String idNumber;

  @Column(name = "flat_id")
  private Long flatId;

  /** Comma-separated vulnerable-group tags, e.g. 低保户,老党员. */
  @Column(length = 200)
  private String tags;

  protected Resident() {}

  public Resident(String name, String phone, String idNumber, Long flatId) {
    this.name = name;
    this.phone = phone == null ? "" : phone;
    this.idNumber = idNumber == null ? "" : idNumber;
    this.flatId = flatId;
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getPhone() {
    return phone;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public Long getFlatId() {
    return flatId;
  }

  public String getTags() {
    return tags;
  }

  public Resident tagged(String tags) {
    this.tags = tags;
    return this;
  }
}
