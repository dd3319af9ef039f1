-- Issue 4, 社工委会议: meetings, invited members and attendance, agenda items (escalated cases or
-- free topics), minutes, decisions with owner, deadline, status and the day they were done.
create sequence meeting_seq start with 50 increment by 50;

create table meeting (
  id bigint primary key,
  community_id bigint not null references area_node (id),
  title varchar(100) not null,
  held_on date not null,
  place varchar(100),
  minutes varchar(8000),
  minutes_at timestamp,
  created_by bigint not null references app_user (id),
  created_at timestamp not null,
  version bigint default 0 not null
);
create index ix_meeting_community on meeting (community_id, held_on);

create table meeting_invitee (
  id bigint primary key,
  meeting_id bigint not null references meeting (id),
  member_id bigint not null references committee_member (id),
  attended boolean,
  unique (meeting_id, member_id)
);

create table agenda_item (
  id bigint primary key,
  meeting_id bigint not null references meeting (id),
  case_id bigint references work_case (id),
  topic varchar(500) not null,
  no_task_needed boolean default false not null,
  created_at timestamp not null,
  version bigint default 0 not null
);
create index ix_agenda_meeting on agenda_item (meeting_id);
create index ix_agenda_case on agenda_item (case_id);

create table decision (
  id bigint primary key,
  meeting_id bigint not null references meeting (id),
  agenda_item_id bigint not null references agenda_item (id),
  case_id bigint references work_case (id),
  community_id bigint not null references area_node (id),
  text varchar(2000) not null,
  owner_unit_id bigint references member_unit (id),
  owner_member_id bigint references committee_member (id),
  due_on date not null,
  created_at timestamp not null,
  done_at timestamp,
  done_note varchar(2000),
  done_by bigint references app_user (id),
  version bigint default 0 not null
);
create index ix_decision_case on decision (case_id);
create index ix_decision_owner_unit on decision (owner_unit_id, done_at);
