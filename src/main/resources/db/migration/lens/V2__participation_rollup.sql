-- Participation by territory at every level and by month (issue 23): a fact counts in its own
-- territory's row and in each of its ancestors', so a region's or the country's "who takes part"
-- reads its own rows, never every commune's facts. Kept by the same transaction as the fact.
CREATE TABLE participation_rollup (
  territory_id BIGINT NOT NULL,
  month        DATE   NOT NULL CHECK (extract(day FROM month) = 1),
  channel      TEXT   NOT NULL,
  sex          TEXT   NOT NULL,
  age_band     TEXT   NOT NULL,
  disability   TEXT   NOT NULL,
  area         TEXT   NOT NULL,
  count        BIGINT NOT NULL CHECK (count >= 0),
  PRIMARY KEY (territory_id, month, channel, sex, age_band, disability, area)
);

INSERT INTO participation_rollup (territory_id, month, channel, sex, age_band, disability, area, count)
SELECT ancestor::BIGINT, date_trunc('month', f.day)::DATE, f.channel, f.sex, f.age_band, f.disability, f.area,
       sum(f.count)
FROM participation_fact f
JOIN territory t ON t.id = f.territory_id,
     unnest(string_to_array(trim(BOTH '/' FROM t.path), '/')) AS ancestor
GROUP BY 1, 2, 3, 4, 5, 6, 7;
