/**
 * Screens of neighbour-dispute mediation (邻里纠纷调解): parties, mediators, sessions, agreement PDF and
 * its follow-up.
 */
package org.casedesk.web.mediation;
