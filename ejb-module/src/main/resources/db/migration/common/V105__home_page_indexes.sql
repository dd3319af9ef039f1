-- The home pages at 1,000,000 cases: a handler's urged and sent-back counts look for
-- history rows by action, which no index served (a scan of every history row, 490 ms each), and
-- a handler's open cases by state and due time are counted and listed from one index (it also
-- serves what ix_case_handler did).
create index ix_history_action on case_history (action, case_id, acted_at);
create index ix_case_handler_due on work_case (handler_id, state, due_at);
drop index ix_case_handler;
