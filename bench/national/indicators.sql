-- The national generator's fourth part (issue 23): 10 indicators broken down by sex and age band,
-- with a value for every commune of the country, month, sex and age band over six years: about
-- 19.4 million data values (1,500 communes x 72 months x 18 combinations x 10), and their rollup
-- by territory at every level and year, built as the application builds it
-- (indicator.internal.Rollups: a flow is summed over the year's periods, for the territory and
-- every territory above it). Run after generate.sql, on the benchmark's database only.
INSERT INTO indicator (code, name_ar, name_fr, name_en, name_zgh, unit, aggregation, better, source, owner)
SELECT 'BENCH_IND_' || lpad(n::TEXT, 2, '0'), 'مؤشر اختبار ' || n, 'Indicateur de test ' || n, 'Test indicator ' || n,
       'ⴰⵎⴰⵜⴰⵔ ' || n, 'count', 'sum', 'higher', 'bench', 'bench'
FROM generate_series(1, 10) AS n;
INSERT INTO indicator_dimension (indicator_code, dimension_code)
SELECT 'BENCH_IND_' || lpad(n::TEXT, 2, '0'), d FROM generate_series(1, 10) AS n, unnest(ARRAY['sex', 'age_band']) AS d;

CREATE TEMP TABLE bench_cell AS
SELECT s.sex, a.band FROM unnest(ARRAY['female', 'male']) AS s(sex),
  unnest(ARRAY['0-14', '15-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+', 'not_stated']) AS a(band);
CREATE TEMP TABLE bench_month AS
SELECT to_char(make_date(y, m, 1), 'YYYYMM') AS period FROM generate_series(2020, 2025) AS y, generate_series(1, 12) AS m;

DO $$
DECLARE
  i INT;
  ind TEXT;
BEGIN
  FOR i IN 1 .. 10 LOOP
    ind := 'BENCH_IND_' || lpad(i::TEXT, 2, '0');
    INSERT INTO data_value (indicator_code, territory_id, period, sex, age_band, value, source, entered_by, entered_at)
    SELECT ind, c.id, m.period, x.sex, x.band, abs(hashtext(ind || c.id || m.period || x.sex || x.band)) % 40,
           'bench', 'bench', now()
    FROM territory c, bench_month m, bench_cell x
    WHERE c.level = 'commune';
    COMMIT;
    INSERT INTO data_value_rollup (indicator_code, territory_id, year, sex, age_band, disability, area, other, value)
    SELECT d.indicator_code, a.ancestor::BIGINT, substr(d.period, 1, 4)::INT, d.sex, d.age_band, d.disability, d.area,
           d.other, sum(d.value)
    FROM data_value d
    JOIN territory t ON t.id = d.territory_id,
         unnest(string_to_array(trim(BOTH '/' FROM t.path), '/')) AS a(ancestor)
    WHERE d.indicator_code = ind
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
    COMMIT;
  END LOOP;
END $$;
ANALYZE data_value;
ANALYZE data_value_rollup;
