/** Case screens: registration at the help desk, queues, the case page with its actions. */
package org.casedesk.web.cases;
