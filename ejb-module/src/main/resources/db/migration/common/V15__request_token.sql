-- Double submit (issue 3): each entry form carries a one-time token; a second submit of the same
-- form finds the case the first one saved instead of saving it twice.
alter table work_case add column request_token varchar(40);
create unique index ux_case_request_token on work_case (request_token);
