-- The follow-up queue at 1,000,000 cases: its further callers not yet followed up are found by
-- this index (the queue is read as a union of the resolved cases and the cases of those callers,
-- CaseRepository.FOLLOW_UPS), never by a look at every case.
create index ix_caller_pending on case_caller (followed_up_at, case_id);
