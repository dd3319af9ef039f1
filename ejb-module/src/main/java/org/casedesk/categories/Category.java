package org.casedesk.categories;

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

/**
 * A category of request (two levels: a parent has no parent) with its time limit (办理时限) in working
 * days, or in clock hours for emergencies; the near-deadline warning in hours before the due time;
 * the sign-for limit in working hours; and the unit that handles it by default.
 */
@Entity
@Table(name = "category")
public class Category extends BaseEntity {

  @Id
  @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 30)
  private String code;

  @NotBlank(message = "{category.name.required}")
  @Size(max = 60, message = "{category.name.size}")
  @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
  @Column(name = "name_zh", nullable = false, length = 60)
  private String nameZh;

  @NotBlank(message = "{category.name.required}")
  @Size(max = 60, message = "{category.name.size}")
  @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
  @Column(name = "name_en", nullable = false, length = 60)
  private String nameEn;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(name = "limit_days", nullable = false)
  private int limitDays;

  /** Set for emergencies: the limit is this many clock hours, not working days. */
  @Column(name = "limit_hours")
  private Integer limitHours;

  @Column(name = "warn_hours", nullable = false)
  private int warnHours = 24;

  @Column(name = "sign_hours", nullable = false)
  private int signHours = 4;

  @Column(name = "default_unit_id")
  private Long defaultUnitId;

  /** The pinyin initials of the Chinese name (环境卫生 → hjws), for the entry screen's type-ahead. */
  @Column(length = 60)
  private String initials;

  protected Category() {}

  /** A second-level category under {@code parent}, with the parent's limits. */
  Category(Category parent, String code, String nameZh, String nameEn) {
    this.parentId = parent.getId();
    this.code = code;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.initials = PinyinInitials.of(nameZh);
    this.limitDays = parent.limitDays;
    this.limitHours = parent.limitHours;
    this.warnHours = parent.warnHours;
    this.signHours = parent.signHours;
    this.defaultUnitId = parent.defaultUnitId;
  }

  void limitTo(int workingDays) {
    this.limitDays = workingDays;
  }

  void configure(TimeLimit limit, int warnHours, int signHours, Long defaultUnitId) {
    this.limitDays = limit.days();
    this.limitHours = limit.hours();
    this.warnHours = warnHours;
    this.signHours = signHours;
    this.defaultUnitId = defaultUnitId;
  }

  /** The category's own limit (a channel may have another: {@link CategoryChannelLimit}). */
  public TimeLimit getLimit() {
    return new TimeLimit(limitDays, limitHours);
  }

  @Override
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

  public Integer getLimitHours() {
    return limitHours;
  }

  public int getWarnHours() {
    return warnHours;
  }

  public int getSignHours() {
    return signHours;
  }

  public Long getDefaultUnitId() {
    return defaultUnitId;
  }

  public String getInitials() {
    return initials;
  }
}
