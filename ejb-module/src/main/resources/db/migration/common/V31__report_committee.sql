-- The committee's work per day (issue 5, from issue 4's tables), replaced with the case facts by
-- the same job run: per day x community x grid (grid null for what belongs to the community as a
-- whole: meetings and their decisions).
create table report_daily_committee (
  report_day date not null,
  community_id bigint not null references area_node (id),
  grid_id bigint references area_node (id),
  meetings bigint not null,
  decisions_done bigint not null,
  pairing_visits bigint not null,
  pairing_visits_on_time bigint not null,
  parts_claimed bigint not null,
  projects_completed bigint not null,
  volunteer_hours numeric(14, 2) not null,
  mediations_ended bigint not null,
  mediation_agreements bigint not null,
  execution_id bigint not null
);
create index ix_report_committee_day on report_daily_committee (report_day, community_id);
