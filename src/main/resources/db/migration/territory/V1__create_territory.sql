-- The territorial hierarchy. path is the materialised path of ids ('/1/4/17/'), so that
-- "this territory and everything below it" is one indexed prefix match.
CREATE TABLE territory (
  id        BIGSERIAL PRIMARY KEY,
  code      TEXT NOT NULL UNIQUE,
  level     TEXT NOT NULL CHECK (level IN ('country', 'region', 'province', 'commune')),
  kind      TEXT CHECK (kind IN ('province', 'prefecture', 'urban', 'rural')),
  parent_id BIGINT REFERENCES territory (id),
  path      TEXT NOT NULL,
  name_ar   TEXT NOT NULL,
  name_fr   TEXT NOT NULL,
  name_en   TEXT NOT NULL,
  name_zgh  TEXT NOT NULL,
  CHECK ((level = 'country') = (parent_id IS NULL)),
  CHECK (level <> 'commune' OR kind IN ('urban', 'rural')),
  CHECK (level <> 'province' OR kind IN ('province', 'prefecture'))
);
CREATE INDEX territory_path_idx ON territory (path text_pattern_ops);
CREATE INDEX territory_parent_idx ON territory (parent_id);

-- Population denominators, per commune (higher levels are sums), by sex x age band x area.
CREATE TABLE population (
  territory_id BIGINT  NOT NULL REFERENCES territory (id),
  year         INT     NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  sex          TEXT    NOT NULL CHECK (sex IN ('female', 'male')),
  age_band     TEXT    NOT NULL,
  area         TEXT    NOT NULL CHECK (area IN ('urban', 'rural')),
  count        BIGINT  NOT NULL CHECK (count >= 0),
  approximate  BOOLEAN NOT NULL DEFAULT FALSE,
  source       TEXT    NOT NULL,
  PRIMARY KEY (territory_id, year, sex, age_band, area)
);
CREATE INDEX population_year_idx ON population (year);
