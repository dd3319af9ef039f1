/**
 * 办实事项目: practical projects, the parts member units claim, milestones, completion and the
 * residents' acceptance.
 */
package org.casedesk.projects;
