/**
 * More than one node: leases in the database that let exactly one node of a cluster run a task
 * whose timer fires on every node.
 */
package org.casedesk.cluster;
