/** Committee member units (成员单位) and members (委员). */
package org.casedesk.members;
