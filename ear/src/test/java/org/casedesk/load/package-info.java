/**
 * The load test (profile {@code load}, not part of {@code mvn verify}): Gatling simulations that
 * drive the real pages and the Open311 endpoint of a Payara Micro started on the benchmark
 * database, and the BENCH lines read from Gatling's statistics.
 */
package org.casedesk.load;
