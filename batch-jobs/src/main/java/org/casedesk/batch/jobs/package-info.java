/**
 * The one facade that starts, schedules and lists the report jobs (Payara only lets the module that
 * started an execution query it).
 */
package org.casedesk.batch.jobs;
