-- Issue 9, places: the address tree gets 单元 (ENTRANCE) as a level of its own between the courtyard
-- and the flat (室), and public places (PUBLIC_PLACE: a road section, a school gate, a square) under
-- a grid; a case's location is any node from the grid down. Runs on H2 and PostgreSQL.

-- "3单元404室" becomes the entrance "3单元" (one per courtyard and name) and the flat "404室" under
-- it, keeping the flat's id so that residents and cases still point at it. Names without 单元, or
-- with nothing after it, stay flats directly under their courtyard.
insert into area_node (id, parent_id, kind, name, community_id, grid_id, no_property_company,
                       version)
select nextval('area_seq'), e.parent_id, 'ENTRANCE', e.entrance, e.community_id, e.grid_id, false, 0
from (select distinct parent_id, substring(name from 1 for position('单元' in name) + 1) entrance,
             community_id, grid_id
      from area_node
      where kind = 'FLAT' and position('单元' in name) > 0
        and char_length(name) > position('单元' in name) + 1) e;

update area_node f
set parent_id = (select e.id from area_node e
                 where e.kind = 'ENTRANCE' and e.parent_id = f.parent_id
                   and e.name = substring(f.name from 1 for position('单元' in f.name) + 1)),
    name = substring(f.name from position('单元' in f.name) + 2),
    version = version + 1
where f.kind = 'FLAT' and position('单元' in f.name) > 0
  and char_length(f.name) > position('单元' in f.name) + 1;

-- A case's location: any node from the grid down; flat_id only when that node is a flat.
alter table work_case add column location_id bigint;
update work_case set location_id = flat_id;
alter table work_case alter column location_id set not null;
alter table work_case add constraint fk_case_location foreign key (location_id) references area_node (id);
alter table work_case alter column flat_id drop not null;
alter table work_case add column location_detail varchar(200);

-- Repeats (重复诉求) are the same location and category within 30 days.
drop index ix_case_repeat_window;
create index ix_case_repeat_window on work_case (location_id, category_id, accepted_at);
