-- The header's search box: words of the description, the last digits of a phone, the start of a
-- resident's name, a case number or its last digits, each a LIKE with a leading wildcard that only
-- a trigram index serves (pg_trgm is a trusted extension: the database owner may create it). Terms
-- of fewer than three characters have no trigram and are read without the index.
create extension if not exists pg_trgm;
create index ix_case_description_trgm on work_case using gin (description gin_trgm_ops);
create index ix_case_no_trgm on work_case using gin (case_no gin_trgm_ops);
create index ix_resident_phone_trgm on resident using gin (phone gin_trgm_ops);
create index ix_resident_name_trgm on resident using gin (name gin_trgm_ops);
