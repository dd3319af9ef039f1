-- A new case may repeat an earlier one (重复诉求): same place and problem, another caller.
alter table work_case add column repeat_of_id bigint references work_case (id);
create index ix_case_repeat_of on work_case (repeat_of_id);
