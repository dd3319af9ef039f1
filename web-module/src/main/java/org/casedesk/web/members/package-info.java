/**
 * Screens of the committee's member units and members (社工委成员单位、成员) and their profiles. Thin: each
 * action calls one service method.
 */
package org.casedesk.web.members;
