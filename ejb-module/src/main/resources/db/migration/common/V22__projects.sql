-- Issue 4, 办实事项目: practical projects, the parts member units claim (认领), milestones,
-- completion and the residents' acceptance. Dates kept for counting per day and area.
create sequence project_seq start with 50 increment by 50;
create sequence project_part_seq start with 50 increment by 50;
create sequence project_milestone_seq start with 50 increment by 50;

create table project (
  id bigint primary key,
  title varchar(100) not null,
  description varchar(2000) not null,
  community_id bigint not null references area_node (id),
  grid_id bigint references area_node (id),
  place varchar(100),
  due_on date,
  status varchar(20) not null,
  created_by bigint not null references app_user (id),
  created_at timestamp not null,
  completed_at timestamp,
  completion_note varchar(2000),
  surveyed integer,
  satisfied integer,
  acceptance_note varchar(2000),
  accepted_at timestamp,
  version bigint default 0 not null
);
create index ix_project_community on project (community_id, status);

create table project_part (
  id bigint primary key,
  project_id bigint not null references project (id),
  name varchar(100) not null,
  unit_id bigint references member_unit (id),
  claimed_by bigint references app_user (id),
  claimed_at timestamp,
  done_at timestamp,
  done_note varchar(2000),
  version bigint default 0 not null
);
create index ix_part_project on project_part (project_id);
create index ix_part_unit on project_part (unit_id);

create table project_milestone (
  id bigint primary key,
  project_id bigint not null references project (id),
  title varchar(100) not null,
  due_on date not null,
  done_on date,
  recorded_by bigint references app_user (id),
  version bigint default 0 not null
);
create index ix_milestone_project on project_milestone (project_id);
