/**
 * Work orders (工单): registration, dispatch, handling, follow-up, the review of dissatisfied
 * follow-ups, invalid requests and closure, with an append-only history of every transition; one
 * small service per use case group (intake, handling, follow-up, dispatch, queues, reads).
 */
package org.casedesk.cases;
