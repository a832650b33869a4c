-- Benchmark data, on the benchmark's own temporary database (never on a real one).
-- psql variables: n (accounts), hash (one Argon2id hash of the benchmark password, computed with
-- cheap parameters so that logging 100,000 accounts in takes minutes; the logins are setup, not
-- what is measured).
\set ON_ERROR_STOP on
BEGIN;
\ir ../shared/accounts.sql

-- three regional petitions collecting signatures, copies of the demo's regional one: Sawa warms up
-- on the first and is measured on the second over HTTP, pgbench signs the third, so both insert into
-- the same table with the same indexes
INSERT INTO petition (reference, territory_id, level, title, body, requested, language, petitioner_kind, agent_id,
                      organisation_id, status, threshold, spread_minimum, opened_at)
SELECT r.ref, p.territory_id, p.level, p.title, p.body, p.requested, p.language, p.petitioner_kind, p.agent_id,
       p.organisation_id, 'collecting', p.threshold, p.spread_minimum, now()
FROM (SELECT * FROM petition WHERE level = 'region' AND status = 'collecting' ORDER BY id LIMIT 1) AS p
CROSS JOIN (VALUES ('BENCH-WARMUP'), ('BENCH-SAWA'), ('BENCH-PGBENCH')) AS r (ref);

-- what pgbench's script inserts: the benchmark accounts in order, with a national ID number's
-- keyed hash (64 hex characters, like Sawa's HMAC)
CREATE TABLE bench_signer (n BIGINT PRIMARY KEY, person_id BIGINT NOT NULL, cin_hmac TEXT NOT NULL);
INSERT INTO bench_signer
SELECT row_number() OVER (ORDER BY id), id, encode(sha256(('cin:BK' || id)::bytea), 'hex')
FROM person WHERE email LIKE 'bench%@sawa.bench';
CREATE SEQUENCE bench_signer_seq;
COMMIT;
ANALYZE;
