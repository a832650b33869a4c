-- The legal population of a collectivity (the census's figure, e.g. RGPH 2024: Béni Mellal-Khénifra
-- 2,525,801 inhabitants in 135 communes), with its year and source. A petition's threshold follows
-- it, not the sum of the communes Sawa happens to hold figures for (partial coverage can drop a
-- band). Imported by administrators like the other denominators.
CREATE TABLE legal_population (
  territory_id BIGINT NOT NULL REFERENCES territory (id),
  year         INT    NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  inhabitants  BIGINT NOT NULL CHECK (inhabitants > 0),
  source       TEXT   NOT NULL CHECK (source <> ''),
  PRIMARY KEY (territory_id, year)
);
