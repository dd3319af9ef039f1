/**
 * Committee member units (成员单位) and members (委员), and who may see and keep a community's committee
 * records.
 */
package org.casedesk.members;
