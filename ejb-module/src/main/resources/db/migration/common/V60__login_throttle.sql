-- Issue 13, login throttling: consecutive failed sign-ins per user name (locked for 1, 2, 4 …
-- minutes after every 5) and recent failures per client address (slowed down). In the database,
-- so that every instance of a cluster sees the same counts.
create table login_throttle (
  id varchar(250) primary key,
  kind varchar(10) not null,
  subject varchar(200) not null,
  failures integer not null,
  locks integer not null,
  locked_until timestamp,
  last_failure timestamp not null
);
create index ix_login_throttle_kind on login_throttle (kind, last_failure);
