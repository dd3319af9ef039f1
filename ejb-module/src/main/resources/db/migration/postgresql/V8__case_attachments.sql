-- Photos and documents of a case (issue 3), kept in the database with the case: one backup,
-- one transaction. Thumbnails are made on upload.
create sequence attachment_seq start with 50 increment by 50;
create table case_attachment (
  id bigint primary key,
  case_id bigint not null references work_case (id),
  uploaded_by bigint not null references app_user (id),
  uploaded_at timestamp not null,
  file_name varchar(200) not null,
  content_type varchar(100) not null,
  size_bytes integer not null,
  content bytea not null,
  thumbnail bytea
);
create index ix_attachment_case on case_attachment (case_id);
