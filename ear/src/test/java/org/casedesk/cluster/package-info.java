/**
 * The cluster test (profile {@code cluster}): two Payara Micro nodes clustered by Hazelcast behind
 * nginx terminating TLS, on loopback.
 */
package org.casedesk.cluster;
