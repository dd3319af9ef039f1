/**
 * Open311 GeoReport v2 behind the REST resources: API clients with hashed keys and rate limits, the
 * requests they post (through the help desk's intake) and what the public reads, within the privacy
 * rules.
 */
package org.casedesk.open311;
