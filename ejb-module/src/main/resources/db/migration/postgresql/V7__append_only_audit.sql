-- The audit log is append-only: nobody, not even the application, can change or remove a row.
create function casedesk_refuse_audit_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', tg_table_name;
end;
$$;

create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function casedesk_refuse_audit_change();
