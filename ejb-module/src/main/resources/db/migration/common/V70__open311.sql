-- Open311 GeoReport v2 (issue 15): API clients with hashed keys, the requests they posted (with the
-- client's own reference number, service_request_id_ext), and the help desk's confidential flag.
create sequence api_client_seq start with 50 increment by 50;
create table api_client (
  id bigint primary key,
  name varchar(60) not null,
  channel varchar(20) not null,
  key_hash varchar(64) not null unique,
  rate_per_minute integer not null,
  -- the account the client's cases are registered and its reads audited under (cannot sign in)
  user_id bigint not null references app_user (id),
  created_at timestamp not null,
  revoked_at timestamp,
  version bigint default 0 not null
);

create sequence open311_request_seq start with 50 increment by 50;
create table open311_request (
  id bigint primary key,
  token varchar(40) not null unique,
  client_id bigint not null references api_client (id),
  -- null while the help desk has still to place an address the tree did not match
  case_id bigint unique references work_case (id),
  category_id bigint not null references category (id),
  service_request_id_ext varchar(100),
  address_string varchar(200),
  lat double precision,
  lng double precision,
  description varchar(4000) not null,
  contact_name varchar(60),
  contact_phone varchar(30),
  received_at timestamp not null
);
create index ix_open311_ext on open311_request (service_request_id_ext);
create index ix_open311_unplaced on open311_request (received_at);

alter table work_case add column confidential boolean default false not null;
-- GeoReport v2 accepts descriptions of up to 4000 characters (the help desk's form keeps 2000).
alter table work_case alter column description set data type varchar(4000);
-- The account keyless Open311 reads are audited under; it cannot sign in (disabled, no password).
-- Id 0: EclipseLink never hands it out (its blocks of the sequence start at 1), so it cannot
-- collide with a user created later or already there.
insert into app_user (id, username, password_hash, display_name, role, enabled)
  values (0, 'open311-public', '!', 'Open311 (no api_key)', 'API_CLIENT', false);
