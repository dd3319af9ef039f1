/**
 * 邻里纠纷调解: mediations of dispute cases with parties, mediators, sessions, outcome, agreement (also
 * as PDF) and the follow-up on whether it is kept.
 */
package org.casedesk.mediation;
