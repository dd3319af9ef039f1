package org.casedesk.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A category of request with its time limit in working days. Seeded by Flyway. */
@Entity
@Table(name = "category")
public class Category {

  @Id private Long id;

  @Column(nullable = false, unique = true, length = 30)
  private String code;

  @Column(name = "name_zh", nullable = false, length = 60)
  private String nameZh;

  @Column(name = "name_en", nullable = false, length = 60)
  private String nameEn;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(name = "limit_days", nullable = false)
  private int limitDays;

  protected Category() {}

  void limitTo(int workingDays) {
    this.limitDays = workingDays;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public Long getParentId() {
    return parentId;
  }

  public int getLimitDays() {
    return limitDays;
  }
}
