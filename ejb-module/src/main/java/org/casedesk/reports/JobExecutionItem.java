package org.casedesk.reports;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One job execution as the job screen lists it. */
public record JobExecutionItem(
    long executionId,
    String jobName,
    LocalDate day,
    String status,
    String exitStatus,
    LocalDateTime start,
    LocalDateTime end)
    implements Serializable {}
