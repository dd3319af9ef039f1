/**
 * Screens of practical projects (办实事项目): parts claimed by member units, milestones, completion and
 * acceptance.
 */
package org.casedesk.web.projects;
