-- CaseDesk schema, version 1. Runs on H2 and PostgreSQL: keep to the SQL both understand.
-- Ids come from sequences with allocation 50 (JPA allocationSize), never IDENTITY.

create sequence area_seq start with 50 increment by 50;
create sequence user_seq start with 50 increment by 50;
create sequence unit_seq start with 50 increment by 50;
create sequence member_seq start with 50 increment by 50;
create sequence resident_seq start with 50 increment by 50;
create sequence case_seq start with 50 increment by 50;
create sequence history_seq start with 50 increment by 50;

create table area_node (
  id bigint primary key,
  parent_id bigint references area_node (id),
  kind varchar(20) not null,
  name varchar(100) not null,
  community_id bigint,
  grid_id bigint,
  no_property_company boolean default false not null
);
create index ix_area_parent on area_node (parent_id);
create index ix_area_kind on area_node (kind);

create table member_unit (
  id bigint primary key,
  name varchar(100) not null,
  kind varchar(30) not null,
  community_id bigint references area_node (id),
  version bigint default 0 not null
);

create table app_user (
  id bigint primary key,
  username varchar(40) not null unique,
  password_hash varchar(200) not null,
  display_name varchar(60) not null,
  role varchar(30) not null,
  community_id bigint references area_node (id),
  grid_id bigint references area_node (id),
  member_unit_id bigint references member_unit (id),
  enabled boolean default true not null,
  version bigint default 0 not null
);
create index ix_user_grid on app_user (grid_id, role);

create table committee_member (
  id bigint primary key,
  name varchar(60) not null,
  unit_id bigint references member_unit (id),
  committee_role varchar(30) not null,
  user_id bigint references app_user (id),
  version bigint default 0 not null
);

create table resident (
  id bigint primary key,
  name varchar(40) not null,
  phone varchar(20),
  id_number varchar(18),
  flat_id bigint references area_node (id),
  tags varchar(200),
  version bigint default 0 not null
);
create index ix_resident_name on resident (name);

create table category (
  id bigint primary key,
  code varchar(30) not null unique,
  name_zh varchar(60) not null,
  name_en varchar(60) not null,
  parent_id bigint references category (id),
  limit_days integer not null
);

create table calendar_day (
  cal_day date primary key,
  working boolean not null,
  note varchar(60)
);

create table work_case (
  id bigint primary key,
  case_no varchar(20) unique,
  resident_id bigint references resident (id),
  flat_id bigint not null references area_node (id),
  grid_id bigint not null references area_node (id),
  community_id bigint not null references area_node (id),
  category_id bigint not null references category (id),
  channel varchar(20) not null,
  description varchar(2000) not null,
  state varchar(20) not null,
  handler_id bigint references app_user (id),
  created_by bigint not null references app_user (id),
  accepted_at timestamp not null,
  due_at timestamp,
  resolved_at timestamp,
  closed_at timestamp,
  reply varchar(2000),
  satisfaction varchar(20),
  sent_back_count integer default 0 not null,
  anonymous boolean default false not null,
  version bigint default 0 not null
);
create index ix_case_handler on work_case (handler_id, state);
create index ix_case_state on work_case (state);
create index ix_case_closed on work_case (closed_at);
create index ix_case_community on work_case (community_id, state);
create index ix_case_grid on work_case (grid_id, state);
create index ix_case_creator on work_case (created_by, state);

create table case_history (
  id bigint primary key,
  case_id bigint not null references work_case (id),
  actor_id bigint not null references app_user (id),
  acted_at timestamp not null,
  from_state varchar(20),
  to_state varchar(20) not null,
  note varchar(2000)
);
create index ix_history_case on case_history (case_id);

-- The frozen daily snapshot: one row per day x category x grid, replaced as a whole per day.
create table report_daily_case (
  report_day date not null,
  category_id bigint not null references category (id),
  grid_id bigint not null references area_node (id),
  community_id bigint not null references area_node (id),
  closed_count bigint not null,
  closed_on_time bigint not null,
  followed_up bigint not null,
  satisfied bigint not null,
  sent_back bigint not null,
  execution_id bigint not null,
  primary key (report_day, category_id, grid_id)
);

-- Every (re-)run of a day, kept as a record.
create table report_run (
  report_day date not null,
  execution_id bigint not null,
  row_count integer not null,
  finished_at timestamp not null,
  primary key (report_day, execution_id)
);

-- Categories with their time limit in working days (DOMAIN.md).
insert into category (id, code, name_zh, name_en, parent_id, limit_days) values
  (1, 'CONSULT', '政策咨询', 'Policy enquiry', null, 1),
  (2, 'WATER', '供水', 'Water supply', null, 5),
  (3, 'TRAFFIC', '停车与交通', 'Parking and traffic', null, 5),
  (4, 'SANITATION', '环境卫生', 'Sanitation', null, 5),
  (5, 'DISPUTE', '邻里纠纷', 'Neighbour dispute', null, 15),
  (6, 'ELDERLY', '养老服务', 'Elderly care', null, 5),
  (7, 'HEALTH', '医疗健康', 'Health', null, 5),
  (8, 'FACILITIES', '公共设施', 'Public facilities', null, 15),
  (9, 'GREENING', '绿化', 'Greening', null, 15);

-- The official calendar (State Council notices): holidays off, make-up working days on.
insert into calendar_day (cal_day, working, note) values
  ('2025-01-01', false, '元旦'),
  ('2025-01-28', false, '春节'),
  ('2025-01-29', false, '春节'),
  ('2025-01-30', false, '春节'),
  ('2025-01-31', false, '春节'),
  ('2025-02-01', false, '春节'),
  ('2025-02-02', false, '春节'),
  ('2025-02-03', false, '春节'),
  ('2025-02-04', false, '春节'),
  ('2025-04-04', false, '清明节'),
  ('2025-04-05', false, '清明节'),
  ('2025-04-06', false, '清明节'),
  ('2025-05-01', false, '劳动节'),
  ('2025-05-02', false, '劳动节'),
  ('2025-05-03', false, '劳动节'),
  ('2025-05-04', false, '劳动节'),
  ('2025-05-05', false, '劳动节'),
  ('2025-05-31', false, '端午节'),
  ('2025-06-01', false, '端午节'),
  ('2025-06-02', false, '端午节'),
  ('2025-10-01', false, '国庆节、中秋节'),
  ('2025-10-02', false, '国庆节、中秋节'),
  ('2025-10-03', false, '国庆节、中秋节'),
  ('2025-10-04', false, '国庆节、中秋节'),
  ('2025-10-05', false, '国庆节、中秋节'),
  ('2025-10-06', false, '国庆节、中秋节'),
  ('2025-10-07', false, '国庆节、中秋节'),
  ('2025-10-08', false, '国庆节、中秋节'),
  ('2025-01-26', true, '调休上班'),
  ('2025-02-08', true, '调休上班'),
  ('2025-04-27', true, '调休上班'),
  ('2025-09-28', true, '调休上班'),
  ('2025-10-11', true, '调休上班'),
  ('2026-01-01', false, '元旦'),
  ('2026-01-02', false, '元旦'),
  ('2026-01-03', false, '元旦'),
  ('2026-02-15', false, '春节'),
  ('2026-02-16', false, '春节'),
  ('2026-02-17', false, '春节'),
  ('2026-02-18', false, '春节'),
  ('2026-02-19', false, '春节'),
  ('2026-02-20', false, '春节'),
  ('2026-02-21', false, '春节'),
  ('2026-02-22', false, '春节'),
  ('2026-02-23', false, '春节'),
  ('2026-04-04', false, '清明节'),
  ('2026-04-05', false, '清明节'),
  ('2026-04-06', false, '清明节'),
  ('2026-05-01', false, '劳动节'),
  ('2026-05-02', false, '劳动节'),
  ('2026-05-03', false, '劳动节'),
  ('2026-05-04', false, '劳动节'),
  ('2026-05-05', false, '劳动节'),
  ('2026-06-19', false, '端午节'),
  ('2026-06-20', false, '端午节'),
  ('2026-06-21', false, '端午节'),
  ('2026-09-25', false, '中秋节'),
  ('2026-09-26', false, '中秋节'),
  ('2026-09-27', false, '中秋节'),
  ('2026-10-01', false, '国庆节'),
  ('2026-10-02', false, '国庆节'),
  ('2026-10-03', false, '国庆节'),
  ('2026-10-04', false, '国庆节'),
  ('2026-10-05', false, '国庆节'),
  ('2026-10-06', false, '国庆节'),
  ('2026-10-07', false, '国庆节'),
  ('2026-01-04', true, '调休上班'),
  ('2026-02-14', true, '调休上班'),
  ('2026-02-28', true, '调休上班'),
  ('2026-05-09', true, '调休上班'),
  ('2026-09-20', true, '调休上班'),
  ('2026-10-10', true, '调休上班');
