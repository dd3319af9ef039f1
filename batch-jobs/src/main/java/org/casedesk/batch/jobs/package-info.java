/**
 * The one facade that starts, schedules and resumes the report jobs ({@link ReportJobsBean}) and
 * the job list it reads from the job repository ({@link ReportExecutions}); Payara only lets the
 * module that started an execution query it.
 */
package org.casedesk.batch.jobs;
