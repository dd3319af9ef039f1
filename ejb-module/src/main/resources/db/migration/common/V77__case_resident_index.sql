-- A resident's cases (the entry screen's earlier cases, the search box's name and phone terms).
create index ix_case_resident on work_case (resident_id);
