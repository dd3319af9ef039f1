/**
 * Routing rules (派单规则): which handler a new case of a category, in a grid or anywhere, goes to;
 * kept by ADMIN, applied by the case intake.
 */
package org.casedesk.routing;
