-- Reports that never mislead (issue 9): the per-case facts behind report_daily and
-- report_daily_late. The report job writes one row per case and kind of fact (accepted, closed,
-- due, each dispatch, a late resolution) in the same transaction and from the same statement as
-- the daily sums, which it then adds up from these rows; a re-run replaces a day's rows like the
-- sums. The report's drill-down lists the cases of these rows, so a list always has exactly the
-- cases (and dimensions, frozen at the run) behind its figure. Measure columns are 0 or 1 and
-- match report_daily's; due_day is set on LATE rows only.
create table report_case_fact (
  report_day date not null,
  case_id bigint not null,
  kind varchar(10) not null,
  category_id bigint not null,
  channel varchar(20) not null,
  grid_id bigint not null,
  community_id bigint not null,
  unit_id bigint,
  accepted smallint not null,
  repeated smallint not null,
  answered smallint not null,
  closed smallint not null,
  closed_on_time smallint not null,
  followed_up smallint not null,
  satisfied smallint not null,
  dissatisfied smallint not null,
  sent_back smallint not null,
  handling_hours numeric(14, 2) not null,
  due smallint not null,
  due_resolved smallint not null,
  due_overdue smallint not null,
  dispatched smallint not null,
  signed_on_time smallint not null,
  due_day date,
  execution_id bigint not null
);
create index ix_report_case_fact_day on report_case_fact (report_day, community_id);
create index ix_report_case_fact_case on report_case_fact (case_id, kind);
