package org.casedesk.shared;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** Every mutable entity carries a version for optimistic locking. */
@MappedSuperclass
public abstract class BaseEntity {

  @Version private long version;

  public abstract Long getId();

  public long getVersion() {
    return version;
  }
}
