-- National-size data for the benchmarks (bench/national-scale.sh), on the benchmark's own temporary
-- database beside the demo (never on a real one). Territories: the demo's 2 regions, 9 provinces and
-- 66 communes, plus 10 invented regions, 66 provinces and 1,434 communes: 12 regions, 75 provinces
-- and prefectures, 1,500 communes, each invented commune with its 2024 population by sex, age band
-- and area. Participation: one fact per commune, day (from 2024-01-01 to today) and channel of the
-- demo, each for one group of people (sex, age band, disability, area) and a count of 1 to 5:
-- about 10 million facts. Names are invented ("Commune 0123"); nothing here is real.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO territory (code, level, kind, parent_id, path, name_ar, name_fr, name_en, name_zgh)
SELECT 'MA-N' || lpad(r::text, 2, '0'), 'region', NULL, c.id, '', 'الجهة ' || r, 'Région ' || r, 'Region ' || r,
       'ⵜⴰⵎⵏⴰⴹⵜ ' || r
FROM territory c, generate_series(1, 10) AS r WHERE c.level = 'country';
UPDATE territory t SET path = c.path || t.id || '/' FROM territory c
WHERE c.level = 'country' AND t.code LIKE 'MA-N__';

-- 66 provinces: six per region, seven in the first six regions
INSERT INTO territory (code, level, kind, parent_id, path, name_ar, name_fr, name_en, name_zgh)
SELECT r.code || '-P' || p, 'province', CASE WHEN p = 1 THEN 'prefecture' ELSE 'province' END, r.id, '',
       'الإقليم ' || r.code || '-' || p, 'Province ' || r.code || '-' || p, 'Province ' || r.code || '-' || p,
       'ⵜⴰⵙⴳⴰ ' || r.code || '-' || p
FROM territory r, generate_series(1, 7) AS p
WHERE r.code LIKE 'MA-N__' AND (p <= 6 OR substr(r.code, 5)::int <= 6);
UPDATE territory t SET path = r.path || t.id || '/' FROM territory r
WHERE t.parent_id = r.id AND t.code LIKE 'MA-N__-P%';

-- 1,434 communes: 22 in the first 48 provinces, 21 in the other 18; one in five urban
INSERT INTO territory (code, level, kind, parent_id, path, name_ar, name_fr, name_en, name_zgh)
SELECT p.code || '-' || lpad(c::text, 2, '0'), 'commune', CASE WHEN c % 5 = 1 THEN 'urban' ELSE 'rural' END, p.id, '',
       'الجماعة ' || p.code || '-' || c, 'Commune ' || p.code || '-' || c, 'Commune ' || p.code || '-' || c,
       'ⵜⴰⵊⵎⴰⵄⵜ ' || p.code || '-' || c
FROM (SELECT id, code, row_number() OVER (ORDER BY id) AS n FROM territory WHERE code LIKE 'MA-N__-P%') AS p,
     generate_series(1, 22) AS c
WHERE c <= CASE WHEN p.n <= 48 THEN 22 ELSE 21 END;
UPDATE territory t SET path = p.path || t.id || '/' FROM territory p
WHERE t.parent_id = p.id AND t.level = 'commune' AND t.code LIKE 'MA-N%';

INSERT INTO population (territory_id, year, sex, age_band, area, count, approximate, source)
SELECT t.id, 2024, s, b, a,
       (CASE WHEN a = t.kind THEN 800 ELSE 60 END) + (hashtext(t.code || s || b || a) & 1023),
       true, 'Sawa benchmark: invented figures'
FROM territory t,
     unnest(ARRAY['female', 'male']) AS s,
     unnest(ARRAY['0-14', '15-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+']) AS b,
     unnest(ARRAY['urban', 'rural']) AS a
WHERE t.level = 'commune' AND t.code LIKE 'MA-N%';
COMMIT;

-- the facts, one channel per transaction
DO $$
DECLARE
  ch TEXT;
  days INT;
BEGIN
  CREATE TEMP TABLE bench_channel AS
    SELECT DISTINCT channel FROM participation_fact
    UNION SELECT unnest(ARRAY['petition.signature', 'inforequest.request', 'feedback.report']);
  days := 10000000 / ((SELECT count(*) FROM bench_channel) * (SELECT count(*) FROM territory WHERE level = 'commune'));
  RAISE NOTICE '% channels, % days from 2024-01-01', (SELECT count(*) FROM bench_channel), days;
  FOR ch IN SELECT channel FROM bench_channel ORDER BY channel LOOP
    INSERT INTO participation_fact (channel, territory_id, day, sex, age_band, disability, area, count)
    SELECT ch, t.id, DATE '2024-01-01' + d,
           (ARRAY['female', 'female', 'male', 'male', 'male', 'not_stated'])[1 + abs(h) % 6],
           (ARRAY['15-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+', 'not_stated'])[1 + abs(h >> 3) % 8],
           (ARRAY['no', 'no', 'no', 'yes', 'not_stated'])[1 + abs(h >> 6) % 5],
           (ARRAY['urban', 'rural', 'not_stated'])[1 + abs(h >> 9) % 3],
           1 + abs(h >> 12) % 5
    FROM territory t, generate_series(0, days - 1) AS d, LATERAL (SELECT hashtext(ch || t.id || '/' || d) AS h) AS x
    WHERE t.level = 'commune'
    ON CONFLICT DO NOTHING;
    COMMIT;
  END LOOP;
END $$;
-- the rollup by territory at every level and month, as the lens keeps it (lens V2)
SELECT participation_rollup_rebuild() AS rollup_rows;
ANALYZE territory;
ANALYZE population;
ANALYZE participation_fact;
ANALYZE participation_rollup;
SELECT (SELECT count(*) FROM territory WHERE level = 'region') AS regions,
       (SELECT count(*) FROM territory WHERE level = 'province') AS provinces,
       (SELECT count(*) FROM territory WHERE level = 'commune') AS communes,
       (SELECT count(*) FROM participation_fact) AS facts;
