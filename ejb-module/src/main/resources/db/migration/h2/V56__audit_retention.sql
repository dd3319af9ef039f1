-- Issue 12: H2 (demo only) has no PL/pgSQL trigger; the purge keeps at least six months (AuditPurge).
select 1;
