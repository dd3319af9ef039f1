package org.casedesk.categories;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A category's time limit for requests that come in by one channel (e.g. 12345 transfers). */
@Entity
@Table(name = "category_channel_limit")
@IdClass(CategoryChannelLimit.Key.class)
public class CategoryChannelLimit {

  @Id
  @Column(name = "category_id")
  private Long categoryId;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Channel channel;

  @Column(name = "limit_days")
  private Integer limitDays;

  @Column(name = "limit_hours")
  private Integer limitHours;

  protected CategoryChannelLimit() {}

  CategoryChannelLimit(Long categoryId, Channel channel, TimeLimit limit) {
    this.categoryId = categoryId;
    this.channel = channel;
    limitTo(limit);
  }

  void limitTo(TimeLimit limit) {
    this.limitDays = limit.days();
    this.limitHours = limit.hours();
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public Channel getChannel() {
    return channel;
  }

  public TimeLimit getLimit() {
    return new TimeLimit(limitDays == null ? 0 : limitDays, limitHours);
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long categoryId;
    private Channel channel;

    public Key() {}

    public Key(Long categoryId, Channel channel) {
      this.categoryId = categoryId;
      this.channel = channel;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(categoryId, k.categoryId) && channel == k.channel;
    }

    @Override
    public int hashCode() {
      return Objects.hash(categoryId, channel);
    }
  }
}
