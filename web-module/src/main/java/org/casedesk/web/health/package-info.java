/** MicroProfile Health checks: the application and its database. */
package org.casedesk.web.health;
