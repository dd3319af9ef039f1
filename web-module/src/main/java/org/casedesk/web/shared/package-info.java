/** Helpers every page uses: localised messages from bundle keys and service error handling. */
package org.casedesk.web.shared;
