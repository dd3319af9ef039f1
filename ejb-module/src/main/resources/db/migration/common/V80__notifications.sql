-- In-app notifications: a case dispatched to a user, an urge or supervision on their case, their
-- extension request decided, their returned case dispatched again, a case sent back to them, a
-- committee decision task assigned to them. Written in the transaction of the action, so every
-- instance of a cluster shows the same ones.
create sequence notification_seq start with 50 increment by 50;
create table notification (
  id bigint primary key,
  recipient_id bigint not null references app_user (id),
  kind varchar(30) not null,
  case_id bigint,
  subject varchar(60) not null,
  detail varchar(200),
  actor_id bigint references app_user (id),
  created_at timestamp not null,
  read_at timestamp
);
create index ix_notification_recipient on notification (recipient_id, created_at);
create index ix_notification_unread on notification (recipient_id, read_at);
