-- Participation by territory at every level, month and channel, one dimension at a time (issue
-- 23): a fact counts once in each of its four dimensions (sex, age band, disability, area), in its
-- own territory's rows and in each of its ancestors'. "Who takes part" shows each dimension on its
-- own, so a region's or the country's page reads its own few rows, never every commune's facts.
-- Kept by the same transaction as the fact.
CREATE TABLE participation_rollup (
  territory_id BIGINT NOT NULL,
  month        DATE   NOT NULL CHECK (extract(day FROM month) = 1),
  channel      TEXT   NOT NULL,
  dimension    TEXT   NOT NULL CHECK (dimension IN ('sex', 'age_band', 'disability', 'area')),
  option       TEXT   NOT NULL,
  count        BIGINT NOT NULL CHECK (count >= 0),
  PRIMARY KEY (territory_id, month, channel, dimension, option)
);

-- Rebuilt from the facts, whole: here, by the national generator (bench/), or by an administrator
-- who doubts it (SELECT participation_rollup_rebuild();).
CREATE FUNCTION participation_rollup_rebuild() RETURNS BIGINT LANGUAGE sql AS $$
  DELETE FROM participation_rollup;
  INSERT INTO participation_rollup (territory_id, month, channel, dimension, option, count)
  SELECT ancestor::BIGINT, date_trunc('month', f.day)::DATE, f.channel, d.dimension, d.option, sum(f.count)
  FROM participation_fact f
  JOIN territory t ON t.id = f.territory_id,
       unnest(string_to_array(trim(BOTH '/' FROM t.path), '/')) AS ancestor,
       LATERAL (VALUES ('sex', f.sex), ('age_band', f.age_band), ('disability', f.disability), ('area', f.area))
         AS d(dimension, option)
  GROUP BY 1, 2, 3, 4, 5;
  SELECT count(*) FROM participation_rollup;
$$;

SELECT participation_rollup_rebuild();
