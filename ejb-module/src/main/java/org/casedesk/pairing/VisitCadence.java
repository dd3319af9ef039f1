package org.casedesk.pairing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How often a paired resident of a vulnerable group is to be visited, in days. */
@Entity
@Table(name = "visit_cadence")
public class VisitCadence {

  @Id
  @Column(length = 30)
  private String tag;

  @Column(name = "cadence_days", nullable = false)
  private int days;

  @Version private long version;

  protected VisitCadence() {}

  public VisitCadence(String tag, int days) {
    this.tag = tag;
    this.days = days;
  }

  public long getVersion() {
    return version;
  }

  public String getTag() {
    return tag;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }
}
