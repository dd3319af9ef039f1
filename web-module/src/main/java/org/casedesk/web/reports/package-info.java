/**
 * Report screens for officials: the report with its charts, drill-down and exports; the downloads
 * every export servlet shares ({@link ExportServlet}, {@link TableFiles}).
 */
package org.casedesk.web.reports;
