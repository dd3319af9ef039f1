/** Report screens for officials: the report with its charts, drill-down and exports. */
package org.casedesk.web.reports;
