-- H2 (demo only) has no PL/pgSQL trigger; the entity has no setters and the service no update.
select 1;
