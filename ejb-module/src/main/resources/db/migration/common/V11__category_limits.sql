-- Categories (issue 3): two levels, a time limit in working days or in clock hours (emergencies),
-- optionally another per channel, a near-deadline warning, the sign-for limit in working hours
-- and a default responsible unit. Cases keep their sign-for due time and their warning time.
alter table category add column limit_hours integer;
alter table category add column warn_hours integer default 24 not null;
alter table category add column sign_hours integer default 4 not null;
alter table category add column default_unit_id bigint;
alter table category add column version bigint default 0 not null;
alter table category add constraint fk_category_unit foreign key (default_unit_id) references member_unit (id);
create sequence category_seq start with 100 increment by 50;

create table category_channel_limit (
  category_id bigint not null references category (id),
  channel varchar(20) not null,
  limit_days integer,
  limit_hours integer,
  primary key (category_id, channel)
);

alter table work_case add column sign_due_at timestamp;
alter table work_case add column warn_at timestamp;

-- Second-level categories (the first level keeps its ids 1-9).
insert into category (id, code, name_zh, name_en, parent_id, limit_days, limit_hours, warn_hours) values
  (10, 'WATER_OUTAGE', '停水', 'Water outage', 2, 3, null, 24),
  (11, 'WATER_BURST', '爆管抢修', 'Burst pipe (emergency)', 2, 0, 4, 1),
  (12, 'WATER_PRESSURE', '水压不足', 'Low water pressure', 2, 5, null, 24),
  (13, 'PARKING', '乱停乱放', 'Illegal parking', 3, 5, null, 24),
  (14, 'SHARED_BIKES', '共享单车堆放', 'Piled-up shared bikes', 3, 3, null, 24),
  (15, 'GARBAGE', '垃圾清运', 'Rubbish removal', 4, 3, null, 24),
  (16, 'CORRIDOR', '楼道堆物', 'Things stored in stairwells', 4, 5, null, 24),
  (17, 'NOISE', '噪音扰民', 'Noise', 5, 15, null, 48),
  (18, 'HOME_CARE', '居家养老', 'Care at home', 6, 5, null, 24),
  (19, 'STREET_LIGHT', '路灯损坏', 'Broken street light', 8, 10, null, 48);
-- Transfers from the 12345 hotline carry the hotline's own limits.
insert into category_channel_limit (category_id, channel, limit_days, limit_hours) values
  (2, 'HOTLINE_12345', 3, null),
  (4, 'HOTLINE_12345', 3, null);
