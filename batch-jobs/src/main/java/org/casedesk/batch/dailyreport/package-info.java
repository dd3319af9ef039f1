/**
 * The {@code daily-case-report} job: one batchlet step that lets the database aggregate a day's
 * closed cases into the frozen snapshot.
 */
package org.casedesk.batch.dailyreport;
