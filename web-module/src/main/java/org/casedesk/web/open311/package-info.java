/**
 * The Open311 GeoReport v2 endpoint (JAX-RS under /open311, JSON and XML for every resource) and
 * the admin page of the API clients. API clients authenticate with api_key, not a session.
 */
package org.casedesk.web.open311;
