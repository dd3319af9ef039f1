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
import jakarta.validation.constraints.Size;
import org.casedesk.shared.BaseEntity;

/** A reason of a list ADMIN maintains: why a case is invalid, or closed dissatisfied. */
@Entity
@Table(name = "case_reason")
public class CaseReason extends BaseEntity {

  @Id
  @SequenceGenerator(
      name = "case_reason_seq",
      sequenceName = "case_reason_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_reason_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReasonKind kind;

  @NotBlank(message = "{reason.name.required}")
  @Size(max = 100, message = "{reason.name.size}")
  @Column(name = "name_zh", nullable = false, length = 100)
  private String nameZh;

  @NotBlank(message = "{reason.name.required}")
  @Size(max = 100, message = "{reason.name.size}")
  @Column(name = "name_en", nullable = false, length = 100)
  private String nameEn;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected CaseReason() {}

  CaseReason(ReasonKind kind, String nameZh, String nameEn, int sortOrder) {
    this.kind = kind;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.sortOrder = sortOrder;
  }

  void change(String nameZh, String nameEn, boolean active) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.active = active;
  }

  @Override
  public Long getId() {
    return id;
  }

  public ReasonKind getKind() {
    return kind;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public boolean isActive() {
    return active;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
