/**
 * The {@code daily-case-report} job: a calendar step, then a chunk step over days whose writer lets
 * the database aggregate each chunk of days into the frozen report facts.
 */
package org.casedesk.batch.casereport;
