-- The JSR-352 job repository, created at install instead of by the batch runtime at its first use
-- (from a timer thread on a fresh database that creation failed and left the runtime unusable).
-- The tables Payara's JBatch creates itself (PostgresPersistenceManager, table prefix "jbatch" as
-- on Payara Micro and as casedesk-resources.sh sets on Payara Server), column for column; it finds
-- them and creates nothing. "if not exists": an install where the runtime already made them keeps
-- them.
create table if not exists jbatchjobinstancedata (
  jobinstanceid serial not null primary key,
  name character varying (512),
  apptag varchar(512));

create table if not exists jbatchexecutioninstancedata (
  jobexecid serial not null primary key,
  jobinstanceid bigint not null references jbatchjobinstancedata (jobinstanceid),
  createtime timestamp,
  starttime timestamp,
  endtime timestamp,
  updatetime timestamp,
  parameters bytea,
  batchstatus character varying (512),
  exitstatus character varying (512));

create table if not exists jbatchstepexecutioninstancedata (
  stepexecid serial not null primary key,
  jobexecid bigint not null references jbatchexecutioninstancedata (jobexecid),
  batchstatus character varying (512),
  exitstatus character varying (512),
  stepname character varying (512),
  readcount integer,
  writecount integer,
  commitcount integer,
  rollbackcount integer,
  readskipcount integer,
  processskipcount integer,
  filtercount integer,
  writeskipcount integer,
  starttime timestamp,
  endtime timestamp,
  persistentdata bytea);

create table if not exists jbatchjobstatus (
  id bigint not null references jbatchjobinstancedata (jobinstanceid),
  obj bytea);

create table if not exists jbatchstepstatus (
  id bigint not null references jbatchstepexecutioninstancedata (stepexecid),
  obj bytea);

create table if not exists jbatchcheckpointdata (
  id character varying (512),
  obj bytea);
