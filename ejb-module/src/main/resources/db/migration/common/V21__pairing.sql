-- Issue 4, 结对帮扶: a member pairs with a vulnerable resident; visits are logged with whether
-- they came within the cadence of the resident's vulnerable group.
create sequence pairing_seq start with 50 increment by 50;
create sequence pairing_visit_seq start with 50 increment by 50;

create table visit_cadence (
  tag varchar(30) primary key,
  cadence_days integer not null,
  version bigint default 0 not null
);
insert into visit_cadence (tag, cadence_days) values
  ('老党员', 30), ('失独老人', 14), ('特困老人', 14), ('低保户', 30), ('长期患病', 14),
  ('困难群众', 30), ('空巢', 30), ('高龄', 30), ('残疾', 30);

create table pairing (
  id bigint primary key,
  member_id bigint not null references committee_member (id),
  resident_id bigint not null references resident (id),
  tag varchar(30) not null references visit_cadence (tag),
  community_id bigint not null references area_node (id),
  grid_id bigint not null references area_node (id),
  started_on date not null,
  ended_on date,
  last_visit_on date,
  created_by bigint not null references app_user (id),
  created_at timestamp not null,
  version bigint default 0 not null
);
create index ix_pairing_member on pairing (member_id);
create index ix_pairing_resident on pairing (resident_id);
create index ix_pairing_grid on pairing (grid_id);

create table pairing_visit (
  id bigint primary key,
  pairing_id bigint not null references pairing (id),
  visited_on date not null,
  form varchar(20) not null,
  notes varchar(2000) not null,
  on_time boolean not null,
  recorded_by bigint not null references app_user (id),
  recorded_at timestamp not null,
  case_id bigint references work_case (id),
  community_id bigint not null references area_node (id),
  grid_id bigint not null references area_node (id)
);
create index ix_visit_pairing on pairing_visit (pairing_id);
create index ix_visit_day on pairing_visit (visited_on);
