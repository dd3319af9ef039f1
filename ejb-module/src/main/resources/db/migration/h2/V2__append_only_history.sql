-- H2 has no PL/pgSQL triggers; on H2 (development only) the history is append-only by the
-- entity mapping (no setters, updatable = false). Kept so both databases share version numbers.
select 1;
