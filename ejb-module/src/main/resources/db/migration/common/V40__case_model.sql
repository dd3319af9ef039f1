-- Issue 9, the case model: invalid requests (无效诉求) and the review of dissatisfied follow-ups
-- (不满意件审核), each with a reason from a list ADMIN maintains; approved extension days kept on
-- the case, so a due time can always be recomputed from acceptance; the due time an approved
-- extension replaced, so the report re-runs the day the case used to be due on.
create sequence case_reason_seq start with 100 increment by 50;

create table case_reason (
  id bigint primary key,
  kind varchar(20) not null,
  name_zh varchar(100) not null,
  name_en varchar(100) not null,
  active boolean default true not null,
  sort_order integer default 0 not null,
  version bigint default 0 not null
);
create index ix_case_reason_kind on case_reason (kind, sort_order);

insert into case_reason (id, kind, name_zh, name_en, sort_order) values
  (1, 'INVALID', '重复诉求', 'Duplicate request', 1),
  (2, 'INVALID', '恶意诉求', 'Malicious request', 2),
  (3, 'INVALID', '不属于受理范围', 'Outside what the sub-district handles', 3),
  (4, 'INVALID', '信息不全无法联系', 'Incomplete, resident cannot be reached', 4),
  (11, 'DISSATISFIED', '诉求不合理', 'Request not reasonable', 1),
  (12, 'DISSATISFIED', '政策不允许', 'Not allowed by policy', 2),
  (13, 'DISSATISFIED', '客观条件暂不具备', 'Conditions not yet in place', 3),
  (14, 'DISSATISFIED', '已解释说明', 'Explained to the resident', 4);

alter table work_case add column invalid_reason_id bigint;
alter table work_case add column invalid_note varchar(2000);
alter table work_case add column invalid_at timestamp;
alter table work_case add column close_reason_id bigint;
alter table work_case add column extended_days integer default 0 not null;
alter table work_case add constraint fk_case_invalid_reason foreign key (invalid_reason_id) references case_reason (id);
alter table work_case add constraint fk_case_close_reason foreign key (close_reason_id) references case_reason (id);

alter table case_history add column previous_due_at timestamp;

-- Extensions approved so far (their history notes start with the days: "3: …").
update work_case set extended_days = coalesce((select sum(cast(substring(h.note, 1, position(':' in h.note) - 1) as integer))
  from case_history h where h.case_id = work_case.id and h.action = 'EXTENSION_APPROVED'
  and position(':' in h.note) > 1), 0);
