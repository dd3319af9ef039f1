-- Report rebuild speed (issue 16): the index on (case_id, kind) of report_case_fact served only the
-- drill-down's look-up of a case's LATE fact (ReportFigure.UNRESOLVED), yet every rebuild kept it
-- up to date for all 4.1 M facts of 1 M cases, in random case order: copying those facts took
-- 144 s with it and 75 s with this partial index instead (psql, load average 13-16 on 2 cores;
-- 24 s without any index). H2 has no partial indexes and keeps the old one (quick start sizes).
drop index if exists ix_report_case_fact_case;
create index if not exists ix_report_case_fact_late on report_case_fact (case_id) where kind = 'LATE';
