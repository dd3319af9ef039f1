-- Issue 4, 邻里纠纷调解: a dispute case's mediation with parties, mediators, sessions, the outcome
-- (agreement / no agreement / referred), the agreement and the follow-up on whether it is kept.
create sequence mediation_seq start with 50 increment by 50;

create table mediation (
  id bigint primary key,
  case_id bigint not null references work_case (id),
  community_id bigint not null references area_node (id),
  grid_id bigint not null references area_node (id),
  parties varchar(500) not null,
  outcome varchar(20),
  agreement varchar(4000),
  outcome_at timestamp,
  follow_up_on date,
  kept boolean,
  follow_up_note varchar(2000),
  followed_up_at timestamp,
  created_by bigint not null references app_user (id),
  created_at timestamp not null,
  version bigint default 0 not null
);
create index ix_mediation_case on mediation (case_id);
create index ix_mediation_community on mediation (community_id, outcome);

create table mediation_mediator (
  id bigint primary key,
  mediation_id bigint not null references mediation (id),
  member_id bigint not null references committee_member (id),
  unique (mediation_id, member_id)
);

create table mediation_session (
  id bigint primary key,
  mediation_id bigint not null references mediation (id),
  held_on date not null,
  notes varchar(2000) not null,
  recorded_by bigint not null references app_user (id),
  recorded_at timestamp not null
);
create index ix_mediation_session on mediation_session (mediation_id);
