-- "Who takes part" to date summed every month a territory has in the rollup: the country's 4,381
-- rows (48 months), about 5 ms of the database's time on each view (issue 23). The fold now also
-- keeps each territory's totals over every month, in the same transaction; a read of a long
-- period takes them less the months outside it (normally none: a to-date view ends with this
-- month), plus the changes not folded yet, as before.
CREATE TABLE participation_total (
  territory_id BIGINT NOT NULL,
  channel      TEXT   NOT NULL,
  dimension    TEXT   NOT NULL CHECK (dimension IN ('sex', 'age_band', 'disability', 'area')),
  option       TEXT   NOT NULL,
  count        BIGINT NOT NULL,
  PRIMARY KEY (territory_id, channel, dimension, option) INCLUDE (count)
);

CREATE OR REPLACE FUNCTION participation_rollup_rebuild() RETURNS BIGINT LANGUAGE sql AS $$
  LOCK TABLE participation_change IN EXCLUSIVE MODE;
  DELETE FROM participation_change;
  DELETE FROM participation_rollup;
  DELETE FROM participation_total;
  INSERT INTO participation_rollup (territory_id, month, channel, dimension, option, count)
  SELECT ancestor::BIGINT, date_trunc('month', f.day)::DATE, f.channel, d.dimension, d.option, sum(f.count)
  FROM participation_fact f
  JOIN territory t ON t.id = f.territory_id,
       unnest(string_to_array(trim(BOTH '/' FROM t.path), '/')) AS ancestor,
       LATERAL (VALUES ('sex', f.sex), ('age_band', f.age_band), ('disability', f.disability), ('area', f.area))
         AS d(dimension, option)
  GROUP BY 1, 2, 3, 4, 5;
  INSERT INTO participation_total (territory_id, channel, dimension, option, count)
  SELECT territory_id, channel, dimension, option, sum(count) FROM participation_rollup GROUP BY 1, 2, 3, 4;
  SELECT count(*) FROM participation_rollup;
$$;

-- the months folded so far (the changes not folded yet are folded into both from now on)
LOCK TABLE participation_change IN EXCLUSIVE MODE;
INSERT INTO participation_total (territory_id, channel, dimension, option, count)
SELECT territory_id, channel, dimension, option, sum(count) FROM participation_rollup GROUP BY 1, 2, 3, 4;
