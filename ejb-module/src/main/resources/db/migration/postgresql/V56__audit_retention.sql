-- Issue 12: the audit log stays append-only, except that rows older than six months (the shortest
-- retention allowed, casedesk.audit.retention-months; acted_at is Asia/Shanghai time) may be
-- deleted by the retention purge.
-- UPDATE is still refused, and so is DELETE of any younger row, by anybody.
create or replace function casedesk_refuse_audit_change() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' and tg_table_name = 'audit_log'
     and old.acted_at < (now() at time zone 'Asia/Shanghai') - interval '6 months' then
    return old;
  end if;
  raise exception '% is append-only', tg_table_name;
end;
$$;
