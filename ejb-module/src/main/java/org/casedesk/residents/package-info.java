/** Residents (居民) with their address and personal data, masked for display. */
package org.casedesk.residents;
