-- The case history is append-only: refuse UPDATE and DELETE at the database.
create function casedesk_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'case_history is append-only';
end;
$$;

create trigger case_history_append_only before update or delete on case_history
  for each row execute function casedesk_refuse_change();
