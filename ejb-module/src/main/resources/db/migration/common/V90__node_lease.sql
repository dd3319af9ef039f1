-- More than one node: a lease per singleton task of a cluster, held by one node until it expires
-- (renewed by its holder). The report job's timer fires on every node; only the holder of
-- 'report-jobs' runs its tick. The update that takes a lease is atomic on the row, so two nodes
-- cannot both get it.
create table node_lease (
  name varchar(50) primary key,
  holder varchar(200),
  expires_at timestamp not null
);
insert into node_lease (name, holder, expires_at) values ('report-jobs', null, timestamp '2000-01-01 00:00:00');
