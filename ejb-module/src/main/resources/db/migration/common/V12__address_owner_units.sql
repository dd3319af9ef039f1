-- Address tree (issue 3): a courtyard without a property company (无物业老旧楼院) belongs to an
-- owning unit (产权单位, a member unit) that its cases go to when no routing rule says otherwise.
-- Nodes get a version for the ADMIN screen's optimistic locking.
alter table area_node add column owner_unit_id bigint;
alter table area_node add constraint fk_area_owner_unit foreign key (owner_unit_id) references member_unit (id);
alter table area_node add column version bigint default 0 not null;
