-- Issue 4, 志愿服务 and unit services: volunteer activities with their participants' hours (members,
-- residents or named volunteers), and services a member unit gave residents (free health checks,
-- home clinic visits). held_at and hours are what the report counts per day and area.
create sequence volunteer_activity_seq start with 50 increment by 50;
create sequence activity_participant_seq start with 50 increment by 50;
create sequence unit_service_seq start with 50 increment by 50;
create sequence service_recipient_seq start with 50 increment by 50;

create table volunteer_activity (
  id bigint primary key,
  community_id bigint not null references area_node (id),
  grid_id bigint references area_node (id),
  type varchar(30) not null,
  title varchar(100) not null,
  held_at timestamp not null,
  place varchar(100),
  organiser_unit_id bigint references member_unit (id),
  created_by bigint not null references app_user (id),
  created_at timestamp not null,
  version bigint default 0 not null
);
create index ix_activity_community on volunteer_activity (community_id, held_at);
create index ix_activity_organiser on volunteer_activity (organiser_unit_id);

create table activity_participant (
  id bigint primary key,
  activity_id bigint not null references volunteer_activity (id),
  member_id bigint references committee_member (id),
  resident_id bigint references resident (id),
  name varchar(60),
  hours numeric(6, 2) not null,
  constraint ck_participant_hours check (hours > 0 and hours <= 24),
  constraint ck_participant_who check (member_id is not null or resident_id is not null
    or name is not null)
);
create index ix_participant_activity on activity_participant (activity_id);
create index ix_participant_member on activity_participant (member_id);

create table unit_service (
  id bigint primary key,
  community_id bigint not null references area_node (id),
  grid_id bigint references area_node (id),
  unit_id bigint not null references member_unit (id),
  type varchar(30) not null,
  title varchar(100) not null,
  served_on date not null,
  created_by bigint not null references app_user (id),
  created_at timestamp not null,
  version bigint default 0 not null
);
create index ix_unit_service_unit on unit_service (unit_id);
create index ix_unit_service_community on unit_service (community_id, served_on);

create table service_recipient (
  id bigint primary key,
  service_id bigint not null references unit_service (id),
  resident_id bigint not null references resident (id)
);
create index ix_recipient_service on service_recipient (service_id);
