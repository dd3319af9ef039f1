/**
 * Work orders (工单): registration, routing, handling, follow-up, the review of dissatisfied
 * follow-ups, invalid requests and closure, with an append-only history of every transition.
 */
package org.casedesk.cases;
