-- Nightly government report (issue 5). Facts per Asia/Shanghai day, replaced day by day by the
-- case-report job with set-based SQL. Every figure is a count or a sum, so weeks, months,
-- quarters and years are derived from the days by adding them up (see ReportService).
-- The earlier one-table snapshot of the foundation slice is replaced.
drop table report_daily_case;

-- One row per day x category x channel x grid x community x responsible unit (the member unit
-- of the case's current handler; null when the handler belongs to no unit, e.g. a grid worker).
-- Each case contributes to the day it was accepted, closed, due, and to the days it was
-- dispatched; the column groups say which.
create table report_daily (
  report_day date not null,
  category_id bigint not null references category (id),
  channel varchar(20) not null,
  grid_id bigint not null references area_node (id),
  community_id bigint not null references area_node (id),
  unit_id bigint references member_unit (id),
  -- accepted on the day (受理量); repeats of an earlier case; answered at once (直接答复)
  accepted bigint not null,
  repeated bigint not null,
  answered bigint not null,
  -- closed (结案) on the day, exclusions applied
  closed bigint not null,
  closed_on_time bigint not null,
  followed_up bigint not null,
  satisfied bigint not null,
  dissatisfied bigint not null,
  sent_back bigint not null,
  handling_hours numeric(14, 2) not null,
  -- final due time on the day (a due time of 24:00 belongs to the day it ends), exclusions applied
  due bigint not null,
  due_resolved bigint not null,
  due_overdue bigint not null,
  -- dispatches (派单, re-dispatches included) on the day, and those signed for within the limit
  dispatched bigint not null,
  signed_on_time bigint not null,
  execution_id bigint not null
);
create index ix_report_daily_day on report_daily (report_day, community_id);

-- Cases resolved on report_day whose due day was an earlier day: with due_resolved this gives
-- "due in the period and resolved by its end" for any period made of whole days.
create table report_daily_late (
  report_day date not null,
  due_day date not null,
  category_id bigint not null references category (id),
  channel varchar(20) not null,
  grid_id bigint not null references area_node (id),
  community_id bigint not null references area_node (id),
  unit_id bigint references member_unit (id),
  resolved bigint not null,
  execution_id bigint not null
);
create index ix_report_late_day on report_daily_late (report_day, due_day);

-- The official calendar laid out day by day for SQL: working_before counts the working days
-- before cal_day since the table's first day, so "working hours between two times" is a
-- difference of two lookups. Refreshed from the calendar by every run of the job.
create table report_calendar (
  cal_day date primary key,
  working boolean not null,
  working_before integer not null
);

-- Every (re-)run of a day is recorded: why it ran and with which exclusions.
alter table report_run add column reason varchar(20) default 'NIGHTLY' not null;
alter table report_run add column exclusions varchar(200);

-- The job reads cases by these times.
create index ix_case_due on work_case (due_at);
create index ix_case_resolved on work_case (resolved_at);
create index ix_case_repeat_window on work_case (flat_id, category_id, accepted_at);
create index ix_history_moved on case_history (to_state, acted_at);
create index ix_history_acted on case_history (acted_at);
