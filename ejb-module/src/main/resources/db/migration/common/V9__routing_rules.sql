-- Routing rules (issue 3): category + grid → default handler; a rule without a grid applies to
-- the category everywhere. Without a rule a case goes to its grid's handler.
create sequence routing_seq start with 50 increment by 50;
create table routing_rule (
  id bigint primary key,
  category_id bigint not null references category (id),
  grid_id bigint references area_node (id),
  handler_id bigint not null references app_user (id),
  version bigint default 0 not null
);
create index ix_routing_category on routing_rule (category_id, grid_id);
