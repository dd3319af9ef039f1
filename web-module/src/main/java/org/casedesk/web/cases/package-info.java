/**
 * Case screens: registration at the help desk (single and suggestion-box batch), queues, search,
 * the review of dissatisfied cases, the case page with its actions and files.
 */
package org.casedesk.web.cases;
