-- Merging a likely duplicate (issue 3): the later caller is attached to the open case instead of
-- opening a new one, and gets a follow-up of their own.
create sequence caller_seq start with 50 increment by 50;
create table case_caller (
  id bigint primary key,
  case_id bigint not null references work_case (id),
  resident_id bigint references resident (id),
  anonymous boolean default false not null,
  channel varchar(20) not null,
  description varchar(2000) not null,
  added_by bigint not null references app_user (id),
  added_at timestamp not null,
  followed_up_at timestamp,
  satisfaction varchar(20),
  follow_up_note varchar(2000),
  version bigint default 0 not null
);
create index ix_caller_case on case_caller (case_id);
