package org.casedesk.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.casedesk.cases.CaseReadService;
import org.casedesk.cases.HomeCounts;

/** Home page of every role: counts of my open and overdue cases. */
@Named
@RequestScoped
public class HomeBacking {

  @Inject private CaseReadService reads;
  private HomeCounts counts;

  @PostConstruct
  void load() {
    counts = reads.homeCounts();
  }

  public HomeCounts getCounts() {
    return counts;
  }
}
