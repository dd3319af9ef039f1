/** Screens of pairings (结对帮扶) of members with vulnerable residents, and their visits. */
package org.casedesk.web.pairing;
