-- What dashboards, exports and the API read (never the raw data_value rows): each indicator's
-- values per year, for every territory and every territory above it, one row per combination of
-- options. A flow is summed over the year's periods; a stock ('last') takes each territory's
-- latest period of the year. Refreshed, per indicator and year, in the transaction that changes
-- the values (ADR 0006).
CREATE TABLE data_value_rollup (
  indicator_code TEXT    NOT NULL REFERENCES indicator (code),
  territory_id   BIGINT  NOT NULL,
  year           INT     NOT NULL,
  sex            TEXT    NOT NULL,
  age_band       TEXT    NOT NULL,
  disability     TEXT    NOT NULL,
  area           TEXT    NOT NULL,
  other          TEXT    NOT NULL,
  value          NUMERIC NOT NULL,
  PRIMARY KEY (indicator_code, territory_id, year, sex, age_band, disability, area, other)
);

-- (indicator, year) pairs whose rollup must be rebuilt: filled here for values stored before
-- this table existed, emptied at start-up.
CREATE TABLE data_value_rollup_stale (
  indicator_code TEXT NOT NULL,
  year           INT  NOT NULL,
  PRIMARY KEY (indicator_code, year)
);

INSERT INTO data_value_rollup_stale (indicator_code, year)
SELECT DISTINCT indicator_code, substr(period, 1, 4)::int FROM data_value;
