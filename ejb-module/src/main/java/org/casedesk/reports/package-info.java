/**
 * Report snapshots: the set-based SQL that freezes a day's figures, reading them for the report
 * pages, and the interface through which pages start and watch report jobs.
 */
package org.casedesk.reports;
