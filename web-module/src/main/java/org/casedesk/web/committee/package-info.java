/**
 * Committee screens: member units and members with their profiles, pairings and visits. Thin: each
 * action calls one service method.
 */
package org.casedesk.web.committee;
