-- Who saw or revealed whose personal data, and when (DOMAIN.md, Privacy). Append-only; on
-- PostgreSQL a trigger refuses UPDATE and DELETE (V7).
create sequence audit_seq start with 50 increment by 50;
create table audit_log (
  id bigint primary key,
  acted_at timestamp not null,
  actor_id bigint not null references app_user (id),
  action varchar(30) not null,
  case_id bigint references work_case (id),
  resident_id bigint references resident (id),
  detail varchar(200)
);
create index ix_audit_at on audit_log (acted_at);
create index ix_audit_resident on audit_log (resident_id, acted_at);
