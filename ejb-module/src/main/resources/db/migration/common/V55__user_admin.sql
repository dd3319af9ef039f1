-- Issue 12: user administration. A one-time password must be changed at the next login; where an
-- account comes from (LOCAL, or LDAP for a directory user's local copy); the committee member a
-- login belongs to. The audit log names the user an administrative action was about.
alter table app_user add column must_change_password boolean default false not null;
alter table app_user add column source varchar(10) default 'LOCAL' not null;
alter table audit_log add column subject_user_id bigint references app_user (id);
create index ix_audit_actor on audit_log (actor_id, acted_at);
create index ix_audit_action on audit_log (action, acted_at);
