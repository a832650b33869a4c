-- Benchmark data for bench/participatory-voting.sh, on the benchmark's own temporary database
-- (never on a real one). psql variables: n (accounts), hash (see ../shared/accounts.sql).
\set ON_ERROR_STOP on
BEGIN;
\ir ../shared/accounts.sql

-- three regional participatory budgets whose vote is open, each with the feasible projects of the
-- demo's regional budget: Sawa warms up on the first and is measured on the second over HTTP,
-- pgbench votes on the third, so both write the same tables with the same indexes
INSERT INTO pb_process (code, territory_id, year, language, title, summary, envelope, split, method, choices,
                        reserved_share, reserved_for, proposals_from, proposals_to, review_to, voting_from, voting_to,
                        reviews_published_at, created_by, created_at)
SELECT c.code, p.territory_id, p.year, p.language, p.title, p.summary, p.envelope, 'none', 'knapsack', NULL, 0.25,
       'women', current_date - 60, current_date - 40, current_date - 20, current_date - 1, current_date + 1,
       now() - interval '10 days', p.created_by, now()
FROM pb_process p CROSS JOIN (VALUES ('BENCH-PB-WARMUP'), ('BENCH-PB-SAWA'), ('BENCH-PB-PGBENCH')) AS c (code)
WHERE p.code LIKE 'PB-BMK-%';
INSERT INTO pb_proposal (process_id, number, title, description, language, commune_id, place, theme, estimated_cost,
                         for_women, for_youth, author_id, submitted_at, feasible, review_reason, reviewed_cost,
                         competence_checked, reviewed_by, reviewed_at)
SELECT b.id, row_number() OVER (PARTITION BY b.id ORDER BY x.reviewed_cost), x.title, x.description, x.language,
       x.commune_id, x.place, x.theme, x.estimated_cost, x.for_women, x.for_youth, x.author_id, x.submitted_at, true,
       x.review_reason, x.reviewed_cost, true, x.reviewed_by, x.reviewed_at
FROM pb_proposal x JOIN pb_process d ON d.id = x.process_id AND d.code LIKE 'PB-BMK-%'
CROSS JOIN pb_process b WHERE b.code LIKE 'BENCH-PB-%' AND x.feasible;

-- what pgbench's script writes: for each benchmark account, the keyed hashes of its ID number and of
-- itself (64 hex characters, like Sawa's HMAC), a fresh salt and ballot key, its commune
CREATE TABLE bench_voter (n BIGINT PRIMARY KEY, cin_hmac TEXT NOT NULL, person_hmac TEXT NOT NULL,
                          salt TEXT NOT NULL, ballot_key TEXT NOT NULL, commune_id BIGINT NOT NULL);
INSERT INTO bench_voter
SELECT row_number() OVER (ORDER BY id), encode(sha256(('pb-cin:BV' || id)::bytea), 'hex'),
       encode(sha256(('pb-person:' || id)::bytea), 'hex'), md5('salt' || id), encode(sha256(('ballot' || id)::bytea), 'hex'),
       residence_territory_id
FROM person WHERE email LIKE 'bench%@sawa.bench';
CREATE SEQUENCE bench_voter_seq;
COMMIT;
ANALYZE;
