-- On-site visits (issue 3): when and where the handler went, and what was found.
create sequence visit_seq start with 50 increment by 50;
create table case_visit (
  id bigint primary key,
  case_id bigint not null references work_case (id),
  handler_id bigint not null references app_user (id),
  visited_at timestamp not null,
  place varchar(200) not null,
  findings varchar(2000) not null,
  recorded_at timestamp not null
);
create index ix_visit_case on case_visit (case_id);
