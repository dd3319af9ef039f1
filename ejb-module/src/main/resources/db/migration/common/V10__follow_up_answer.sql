-- The resident's answer on the follow-up row of the history, as a code the screens translate
-- (it was written into the note as text).
alter table case_history add column satisfaction varchar(20);
