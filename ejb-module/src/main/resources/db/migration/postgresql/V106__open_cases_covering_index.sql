-- The officials' and help desk's home pages at 1,000,000 cases (issue 16): open cases by state
-- and due time with what their counts and group-bys also read (grid, handler, community,
-- resolved time, extension request) in the index, so that they are index-only scans of the
-- ~50,000 open cases instead of reading their rows; it serves what ix_case_state_due did. H2 has
-- no INCLUDE and needs none for the demo's data.
create index ix_case_open_due on work_case (state, due_at)
  include (grid_id, handler_id, community_id, resolved_at, extension_days);
drop index ix_case_state_due;
