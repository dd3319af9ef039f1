package org.casedesk.routing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Category (and optionally grid) → the handler new cases go to. */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

  @Id
  @SequenceGenerator(name = "routing_seq", sequenceName = "routing_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "routing_seq")
  private Long id;

  @Column(name = "category_id", nullable = false)
  private Long categoryId;

  /** Null: the rule holds in every grid. */
  @Column(name = "grid_id")
  private Long gridId;

  @Column(name = "handler_id", nullable = false)
  private Long handlerId;

  @Version private long version;

  protected RoutingRule() {}

  public RoutingRule(Long categoryId, Long gridId, Long handlerId) {
    this.categoryId = categoryId;
    this.gridId = gridId;
    this.handlerId = handlerId;
  }

  void routeTo(Long handlerId) {
    this.handlerId = handlerId;
  }

  public Long getId() {
    return id;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public Long getGridId() {
    return gridId;
  }

  public Long getHandlerId() {
    return handlerId;
  }
}
