-- Issue 4, committee work: member units and members keep their history when they leave.
alter table member_unit add column active boolean default true not null;
alter table member_unit add column left_on date;
alter table member_unit add column contact varchar(100);

alter table committee_member add column community_id bigint references area_node (id);
alter table committee_member add column grid_id bigint references area_node (id);
alter table committee_member add column position varchar(30);
alter table committee_member add column joined_on date;
alter table committee_member add column active boolean default true not null;
alter table committee_member add column left_on date;

update committee_member set community_id =
  (select u.community_id from member_unit u where u.id = committee_member.unit_id)
  where community_id is null;
update committee_member set community_id =
  (select a.community_id from app_user a where a.id = committee_member.user_id),
  grid_id = (select a.grid_id from app_user a where a.id = committee_member.user_id)
  where user_id is not null;

create index ix_member_unit on committee_member (unit_id);
create index ix_member_community on committee_member (community_id);
create index ix_member_user on committee_member (user_id);
create index ix_unit_community on member_unit (community_id);
