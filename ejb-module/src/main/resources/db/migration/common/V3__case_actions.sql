-- Handler and supervision actions (issue 3): return window, extensions, actions in the history.
alter table work_case add column dispatched_at timestamp;
alter table work_case add column extension_days integer;
alter table work_case add column extension_reason varchar(2000);
update work_case set dispatched_at = accepted_at where handler_id is not null;
-- A history row either moves the state (action null) or records an action within one state.
alter table case_history add column action varchar(30);
