-- Case search (issue 3): newest first, within a community or grid, by category, overdue lists.
create index ix_case_accepted on work_case (accepted_at, id);
create index ix_case_community_accepted on work_case (community_id, accepted_at);
create index ix_case_grid_accepted on work_case (grid_id, accepted_at);
create index ix_case_category_accepted on work_case (category_id, accepted_at);
create index ix_case_state_due on work_case (state, due_at);
