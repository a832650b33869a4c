-- The disaggregated database (after DHIS2's model): dimensions with options, indicators broken
-- down by some dimensions, and data values keyed by indicator x territory x period x one option
-- per dimension. Built-in dimensions have their own columns ('' = not broken down by it);
-- officer-defined dimensions go in "other" as a canonical "dimension=option;..." string.
CREATE TABLE dimension (
  code     TEXT PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
  name_ar  TEXT NOT NULL,
  name_fr  TEXT NOT NULL,
  name_en  TEXT NOT NULL,
  name_zgh TEXT NOT NULL,
  builtin  BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE dimension_option (
  dimension_code TEXT NOT NULL REFERENCES dimension (code),
  code           TEXT NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9_+-]{0,39}$'),
  position       INT  NOT NULL,
  name_ar        TEXT NOT NULL,
  name_fr        TEXT NOT NULL,
  name_en        TEXT NOT NULL,
  name_zgh       TEXT NOT NULL,
  PRIMARY KEY (dimension_code, code)
);

INSERT INTO dimension (code, name_ar, name_fr, name_en, name_zgh, builtin) VALUES
  ('sex', 'الجنس', 'Sexe', 'Sex', 'ⴰⵙⵏⴰⵢ', TRUE),
  ('age_band', 'الفئة العمرية', 'Tranche d''âge', 'Age band', 'ⴰⵡⵜⴰⵢ', TRUE),
  ('disability', 'الإعاقة', 'Handicap', 'Disability', 'ⵜⵉⵏⵏⵓⵖⴱⴰ', TRUE),
  ('area', 'الوسط', 'Milieu', 'Area', 'ⴰⵏⵏⴰⵔⵓ', TRUE);

INSERT INTO dimension_option (dimension_code, code, position, name_ar, name_fr, name_en, name_zgh) VALUES
  ('sex', 'female', 1, 'النساء', 'Femmes', 'Women', 'ⵜⵉⵎⵖⴰⵔⵉⵏ'),
  ('sex', 'male', 2, 'الرجال', 'Hommes', 'Men', 'ⵉⵔⴳⴰⵣⵏ'),
  ('sex', 'not_stated', 9, 'غير مصرح به', 'Non indiqué', 'Not stated', 'ⵓⵔ ⵉⵜⵜⵓⵏⵏⴰ'),
  ('age_band', '0-14', 1, '0-14', '0-14', '0-14', '0-14'),
  ('age_band', '15-17', 2, '15-17', '15-17', '15-17', '15-17'),
  ('age_band', '18-24', 3, '18-24', '18-24', '18-24', '18-24'),
  ('age_band', '25-34', 4, '25-34', '25-34', '25-34', '25-34'),
  ('age_band', '35-44', 5, '35-44', '35-44', '35-44', '35-44'),
  ('age_band', '45-54', 6, '45-54', '45-54', '45-54', '45-54'),
  ('age_band', '55-64', 7, '55-64', '55-64', '55-64', '55-64'),
  ('age_band', '65+', 8, '65+', '65+', '65+', '65+'),
  ('age_band', 'not_stated', 9, 'غير مصرح به', 'Non indiqué', 'Not stated', 'ⵓⵔ ⵉⵜⵜⵓⵏⵏⴰ'),
  ('disability', 'yes', 1, 'في وضعية إعاقة', 'En situation de handicap', 'With a disability', 'ⵙ ⵜⵏⵏⵓⵖⴱⴰ'),
  ('disability', 'no', 2, 'دون إعاقة', 'Sans handicap', 'Without a disability', 'ⴱⵍⴰ ⵜⵉⵏⵏⵓⵖⴱⴰ'),
  ('disability', 'not_stated', 9, 'غير مصرح به', 'Non indiqué', 'Not stated', 'ⵓⵔ ⵉⵜⵜⵓⵏⵏⴰ'),
  ('area', 'urban', 1, 'حضري', 'Urbain', 'Urban', 'ⴰⵖⵔⵎⴰⵏ'),
  ('area', 'rural', 2, 'قروي', 'Rural', 'Rural', 'ⴰⵎⵏⴷⴰⵔ'),
  ('area', 'not_stated', 9, 'غير مصرح به', 'Non indiqué', 'Not stated', 'ⵓⵔ ⵉⵜⵜⵓⵏⵏⴰ');

CREATE TABLE indicator (
  code             TEXT PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9_.-]{1,39}$'),
  name_ar          TEXT NOT NULL,
  name_fr          TEXT NOT NULL,
  name_en          TEXT NOT NULL,
  name_zgh         TEXT NOT NULL,
  definition_ar    TEXT NOT NULL DEFAULT '',
  definition_fr    TEXT NOT NULL DEFAULT '',
  definition_en    TEXT NOT NULL DEFAULT '',
  definition_zgh   TEXT NOT NULL DEFAULT '',
  unit             TEXT NOT NULL CHECK (unit IN ('count', 'percent', 'mad', 'ratio')),
  aggregation      TEXT NOT NULL CHECK (aggregation IN ('sum', 'ratio')),
  numerator_code   TEXT REFERENCES indicator (code),
  denominator_code TEXT REFERENCES indicator (code),
  better           TEXT NOT NULL CHECK (better IN ('higher', 'lower')),
  sdg_target       TEXT,
  source           TEXT NOT NULL DEFAULT '',
  owner            TEXT NOT NULL DEFAULT '',
  CHECK ((aggregation = 'ratio') = (numerator_code IS NOT NULL AND denominator_code IS NOT NULL)),
  CHECK (aggregation = 'ratio' OR unit IN ('count', 'mad'))
);

CREATE TABLE indicator_dimension (
  indicator_code TEXT NOT NULL REFERENCES indicator (code),
  dimension_code TEXT NOT NULL REFERENCES dimension (code),
  PRIMARY KEY (indicator_code, dimension_code)
);

CREATE TABLE indicator_target (
  indicator_code TEXT    NOT NULL REFERENCES indicator (code),
  year           INT     NOT NULL,
  target         NUMERIC NOT NULL,
  PRIMARY KEY (indicator_code, year)
);

CREATE TABLE data_value (
  indicator_code TEXT        NOT NULL REFERENCES indicator (code),
  territory_id   BIGINT      NOT NULL,
  period         TEXT        NOT NULL CHECK (period ~ '^[0-9]{4}(Q[1-4]|(0[1-9]|1[0-2]))?$'),
  sex            TEXT        NOT NULL DEFAULT '',
  age_band       TEXT        NOT NULL DEFAULT '',
  disability     TEXT        NOT NULL DEFAULT '',
  area           TEXT        NOT NULL DEFAULT '',
  other          TEXT        NOT NULL DEFAULT '',
  value          NUMERIC     NOT NULL,
  source         TEXT        NOT NULL DEFAULT '',
  comment        TEXT        NOT NULL DEFAULT '',
  entered_by     TEXT        NOT NULL,
  entered_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (indicator_code, territory_id, period, sex, age_band, disability, area, other)
);
