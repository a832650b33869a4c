-- The national generator's second part (issue 23): 100 petitions collecting signatures, one per
-- region in turn, with 10,000 paper signatures each (1,000,000 in all) from the communes of their
-- region, spread over 60 days. Run after generate.sql, on the benchmark's database only. No
-- identity is real: the ID numbers' HMACs are md5s of the row.
INSERT INTO petition (reference, territory_id, level, title, body, requested, language, petitioner_kind, agent_id,
                      status, threshold, spread_minimum, created_at, opened_at)
SELECT 'PET-BENCH-' || lpad(n::TEXT, 4, '0'), r.id, 'region', 'Pétition de test national numéro ' || n,
       repeat('Le texte de cette pétition de test décrit ce que les habitants demandent. ', 3),
       'Que le conseil régional inscrive ce point à son ordre du jour.', 'fr', 'citizens',
       (SELECT min(id) FROM person), 'collecting', 500, 25, now() - INTERVAL '61 days', now() - INTERVAL '60 days'
FROM generate_series(1, 100) AS n,
     LATERAL (SELECT id FROM territory WHERE level = 'region' ORDER BY id OFFSET n % 12 LIMIT 1) AS r;

CREATE TEMP TABLE bench_commune AS
SELECT c.id, c.parent_id AS province_id, split_part(trim(BOTH '/' FROM c.path), '/', 2)::BIGINT AS region_id,
       row_number() OVER (PARTITION BY split_part(trim(BOTH '/' FROM c.path), '/', 2) ORDER BY c.id) - 1 AS n
FROM territory c WHERE c.level = 'commune';
CREATE TEMP TABLE bench_region AS SELECT region_id, count(*) AS communes FROM bench_commune GROUP BY region_id;
CREATE INDEX ON bench_commune (region_id, n);

DO $$
DECLARE
  p RECORD;
BEGIN
  FOR p IN SELECT id, territory_id, opened_at FROM petition WHERE reference LIKE 'PET-BENCH-%' ORDER BY id LOOP
    INSERT INTO petition_signature (petition_id, person_id, national_id_hmac, commune_id, province_id, sex, age_band,
                                    disability, area, channel, basis, sheet, sheet_line, signed_at)
    SELECT p.id, NULL, md5(p.id || '/' || s), c.id, c.province_id,
           (ARRAY['female', 'female', 'male', 'male', 'male', 'not_stated'])[1 + abs(h) % 6],
           (ARRAY['15-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+', 'not_stated'])[1 + abs(h >> 3) % 8],
           (ARRAY['no', 'no', 'no', 'yes', 'not_stated'])[1 + abs(h >> 6) % 5],
           (ARRAY['urban', 'rural', 'not_stated'])[1 + abs(h >> 9) % 3],
           'paper', 'residence', 1 + s / 20, 1 + s % 20, p.opened_at + make_interval(mins => s * 8)
    FROM generate_series(0, 9999) AS s
    CROSS JOIN LATERAL (SELECT hashtext(p.id || '/' || s) AS h) AS x
    JOIN bench_region r ON r.region_id = p.territory_id
    JOIN bench_commune c ON c.region_id = r.region_id AND c.n = abs(x.h >> 12) % r.communes;
    COMMIT;
  END LOOP;
END $$;
ANALYZE petition;
ANALYZE petition_signature;
SELECT (SELECT count(*) FROM petition WHERE reference LIKE 'PET-BENCH-%') AS petitions,
       (SELECT count(*) FROM petition_signature) AS signatures;
