package org.casedesk.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What JSR-352 has no API for, done on the batch runtime's own tables in the application's
 * database: marking an execution a killed server left STARTED as FAILED, and purging old
 * executions. Both table sets are handled where present (Payara Micro's "jbatch" prefix, Payara
 * Server's none). Times are written as the runtime writes them, in the JVM's own zone. Joins the
 * caller's transaction.
 */
@ApplicationScoped
public class JobTablesRepository {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** FAILED with exit status CRASHED, if the execution is still STARTING or STARTED. */
  public boolean markCrashed(long executionId) {
    Timestamp now = new Timestamp(clock.millis());
    int changed = 0;
    for (String prefix : prefixes()) {
      changed +=
          em.createNativeQuery(
                  "update "
                      + prefix
                      + "executioninstancedata set batchstatus = 'FAILED', exitstatus = 'CRASHED',"
                      + " endtime = ?1, updatetime = ?1 where jobexecid = ?2"
                      + " and batchstatus in ('STARTING', 'STARTED')")
              .setParameter(1, now)
              .setParameter(2, executionId)
              .executeUpdate();
      em.createNativeQuery(
              "update "
                  + prefix
                  + "stepexecutioninstancedata set batchstatus = 'FAILED', exitstatus = 'CRASHED',"
                  + " endtime = ?1 where jobexecid = ?2 and batchstatus in ('STARTING', 'STARTED')")
          .setParameter(1, now)
          .setParameter(2, executionId)
          .executeUpdate();
    }
    return changed > 0;
  }

  /**
   * Deletes the rows of {@code jobName}'s instances whose executions all ended before {@code
   * cutoff} (Asia/Shanghai). report_run keeps the record of every day's runs. Returns instances
   * deleted.
   */
  public int purgeExecutions(String jobName, LocalDateTime cutoff, ZoneId zone) {
    Timestamp before = Timestamp.from(cutoff.atZone(zone).toInstant());
    int purged = 0;
    for (String prefix : prefixes()) {
      @SuppressWarnings("unchecked")
      List<Number> old =
          em.createNativeQuery(
                  "select i.jobinstanceid from "
                      + prefix
                      + "jobinstancedata i where i.name = ?1 and exists (select 1 from "
                      + prefix
                      + "executioninstancedata e where e.jobinstanceid = i.jobinstanceid)"
                      + " and not exists (select 1 from "
                      + prefix
                      + "executioninstancedata e where e.jobinstanceid = i.jobinstanceid"
                      + " and (e.endtime is null or e.endtime >= ?2))")
              .setParameter(1, jobName)
              .setParameter(2, before)
              .getResultList();
      for (Number instance : old) {
        delete(prefix, instance.longValue());
      }
      purged += old.size();
    }
    return purged;
  }

  /** One job instance with its executions, steps, checkpoints and status rows. */
  private void delete(String prefix, long instance) {
    String executions =
        "select jobexecid from " + prefix + "executioninstancedata where jobinstanceid = ?1";
    update(
        "delete from "
            + prefix
            + "stepstatus where id in (select stepexecid from "
            + prefix
            + "stepexecutioninstancedata where jobexecid in ("
            + executions
            + "))",
        instance);
    update(
        "delete from "
            + prefix
            + "stepexecutioninstancedata where jobexecid in ("
            + executions
            + ")",
        instance);
    em.createNativeQuery("delete from " + prefix + "checkpointdata where id like ?1")
        .setParameter(1, instance + ",%")
        .executeUpdate();
    update("delete from " + prefix + "jobstatus where id = ?1", instance);
    update("delete from " + prefix + "executioninstancedata where jobinstanceid = ?1", instance);
    update("delete from " + prefix + "jobinstancedata where jobinstanceid = ?1", instance);
  }

  private void update(String sql, long instance) {
    em.createNativeQuery(sql).setParameter(1, instance).executeUpdate();
  }

  /** Executions of {@code jobName} that FAILED and started at or after {@code since}. */
  public long failedSince(String jobName, LocalDateTime since, ZoneId zone) {
    Timestamp after = Timestamp.from(since.atZone(zone).toInstant());
    long failed = 0;
    for (String prefix : prefixes()) {
      failed +=
          ((Number)
                  em.createNativeQuery(
                          "select count(*) from "
                              + prefix
                              + "executioninstancedata e join "
                              + prefix
                              + "jobinstancedata i on i.jobinstanceid = e.jobinstanceid"
                              + " where i.name = ?1 and e.batchstatus = 'FAILED'"
                              + " and e.createtime >= ?2")
                      .setParameter(1, jobName)
                      .setParameter(2, after)
                      .getSingleResult())
              .longValue();
    }
    return failed;
  }

  /** "jbatch" (Payara Micro) and/or "" (Payara Server): the job repository tables present. */
  @SuppressWarnings("unchecked")
  private List<String> prefixes() {
    List<Object> tables =
        em.createNativeQuery(
                "select lower(table_name) from information_schema.tables where lower(table_name)"
                    + " in ('jbatchexecutioninstancedata', 'executioninstancedata')")
            .getResultList();
    return tables.stream().map(t -> t.toString().replace("executioninstancedata", "")).toList();
  }
}
