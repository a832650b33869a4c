-- Participation by territory at every level, month and channel, one dimension at a time (issue
-- 23, ADR 0039): a fact counts once in each of its four dimensions (sex, age band, disability,
-- area), in its own territory's rows and in each of its ancestors'. "Who takes part" of a
-- region or of the country reads its own few rows for whole months, never every commune's facts.
-- Kept as the petitions' counts are (ADR 0040): the listener that changes a fact appends the
-- change to participation_change in its transaction; a periodic fold (lens.ParticipationRollup)
-- moves the changes into the rollup, and every read adds the changes not folded yet, in one
-- statement: exact at every moment, and no listener waits on a rollup row.
CREATE TABLE participation_rollup (
  territory_id BIGINT NOT NULL,
  month        DATE   NOT NULL CHECK (extract(DAY FROM month) = 1),
  channel      TEXT   NOT NULL,
  dimension    TEXT   NOT NULL CHECK (dimension IN ('sex', 'age_band', 'disability', 'area')),
  option       TEXT   NOT NULL,
  count        BIGINT NOT NULL,
  PRIMARY KEY (territory_id, month, channel, dimension, option)
);

-- a fact's changes not folded into the rollup yet: one row per act counted (+1) or withdrawn (-1)
CREATE TABLE participation_change (
  id           BIGSERIAL PRIMARY KEY,
  channel      TEXT     NOT NULL,
  territory_id BIGINT   NOT NULL,
  day          DATE     NOT NULL,
  sex          TEXT     NOT NULL,
  age_band     TEXT     NOT NULL,
  disability   TEXT     NOT NULL,
  area         TEXT     NOT NULL,
  delta        SMALLINT NOT NULL CHECK (delta IN (-1, 1))
);
CREATE INDEX participation_change_territory_idx ON participation_change (territory_id);

-- Rebuilt from the facts, whole: here, by the national generator (bench/), or by an administrator
-- who doubts it (SELECT participation_rollup_rebuild();). The changes are locked out meanwhile:
-- those committed before are in the facts read here, those after wait and are folded later.
CREATE FUNCTION participation_rollup_rebuild() RETURNS BIGINT LANGUAGE sql AS $$
  LOCK TABLE participation_change IN EXCLUSIVE MODE;
  DELETE FROM participation_change;
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
