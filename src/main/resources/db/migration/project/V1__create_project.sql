-- Investment and employment projects (the "Infitah" registry): where, how much, who funds, status,
-- progress, jobs and beneficiaries by sex, age band, disability and area. The shape follows the
-- IATI Standard 2.03 activity so that a donor's file imports and Sawa's export is valid IATI.

-- the sectors a project may have: OECD DAC 5-digit purpose codes (IATI Sector codelist,
-- vocabulary 1) that territorial projects use, named in the four languages
CREATE TABLE project_sector (
  code     TEXT PRIMARY KEY CHECK (code ~ '^[1-9][0-9]{4}$'),
  name_ar  TEXT NOT NULL,
  name_fr  TEXT NOT NULL,
  name_en  TEXT NOT NULL,
  name_zgh TEXT NOT NULL
);

CREATE TABLE project (
  id             BIGSERIAL   PRIMARY KEY,
  -- the IATI activity identifier: the reporting organisation's identifier, a hyphen, its own code
  identifier     TEXT        NOT NULL UNIQUE CHECK (identifier ~ '^[A-Za-z0-9][A-Za-z0-9._-]{2,59}$'),
  -- the collectivity whose staff keep the project (every location is within it)
  territory_id   BIGINT      NOT NULL,
  language       TEXT        NOT NULL CHECK (language IN ('ar', 'fr', 'en', 'zgh')),
  title          TEXT        NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
  description    TEXT        NOT NULL CHECK (length(description) BETWEEN 10 AND 8000),
  -- IATI ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended
  status         SMALLINT    NOT NULL CHECK (status BETWEEN 1 AND 6),
  sector_code    TEXT        NOT NULL REFERENCES project_sector (code),
  programme      TEXT        NOT NULL CHECK (programme IN ('pdr', 'pb', 'donor', 'own', 'other')),
  programme_name TEXT        NOT NULL DEFAULT '' CHECK (length(programme_name) <= 200),
  -- the OECD DAC gender equality policy marker (IATI PolicySignificance 0, 1, 2); null: not screened
  gender_marker  SMALLINT    CHECK (gender_marker BETWEEN 0 AND 2),
  planned_start  DATE        NOT NULL,
  planned_end    DATE        NOT NULL,
  actual_start   DATE,
  actual_end     DATE,
  -- where, in words (no map service): a place within its communes
  place          TEXT        NOT NULL DEFAULT '' CHECK (length(place) <= 300),
  reporting_ref  TEXT        NOT NULL CHECK (reporting_ref ~ '^[A-Za-z0-9][A-Za-z0-9._-]{1,50}$'),
  reporting_type TEXT        NOT NULL CHECK (reporting_type ~ '^[0-9]{2}$'),
  reporting_name TEXT        NOT NULL CHECK (length(reporting_name) BETWEEN 2 AND 200),
  -- why jobs created may exceed what the owner's own plan declared possible
  jobs_note      TEXT        NOT NULL DEFAULT '' CHECK (length(jobs_note) <= 1000),
  -- where it came from: 'pb:<code>:<number>' for a participatory budget's winner, 'iati' for an import
  origin         TEXT        NOT NULL DEFAULT '' CHECK (length(origin) <= 100),
  created_at     TIMESTAMPTZ NOT NULL,
  updated_at     TIMESTAMPTZ NOT NULL,
  CHECK (identifier LIKE reporting_ref || '-%'),
  CHECK (planned_end >= planned_start),
  CHECK (actual_end IS NULL OR (actual_start IS NOT NULL AND actual_end >= actual_start))
);
CREATE INDEX project_territory_idx ON project (territory_id);
CREATE UNIQUE INDEX project_origin_idx ON project (origin) WHERE origin LIKE 'pb:%';

-- the communes (or provinces, or the region) where it is
CREATE TABLE project_location (
  project_id   BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  territory_id BIGINT NOT NULL,
  PRIMARY KEY (project_id, territory_id)
);
CREATE INDEX project_location_territory_idx ON project_location (territory_id);

-- participating organisations with their IATI role: 1 funding, 2 accountable, 3 extending, 4 implementing
CREATE TABLE project_org (
  project_id BIGINT   NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  position   INT      NOT NULL,
  role       SMALLINT NOT NULL CHECK (role BETWEEN 1 AND 4),
  ref        TEXT     NOT NULL DEFAULT '' CHECK (length(ref) <= 60),
  -- IATI OrganisationType (10 government, 11 local government, 22 national NGO, 70 private sector...)
  type       TEXT     NOT NULL CHECK (type ~ '^[0-9]{2}$'),
  name       TEXT     NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
  PRIMARY KEY (project_id, position)
);

-- money planned, by year and funder (a participating organisation's name; '' when not said)
CREATE TABLE project_budget (
  project_id BIGINT  NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  year       INT     NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  funder     TEXT    NOT NULL DEFAULT '' CHECK (length(funder) <= 200),
  amount     NUMERIC(16, 2) NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (project_id, year, funder)
);

-- money that moved: IATI TransactionType 1 incoming funds, 2 commitment, 3 disbursement, 4 expenditure
CREATE TABLE project_transaction (
  project_id  BIGINT   NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  position    INT      NOT NULL,
  type        SMALLINT NOT NULL CHECK (type BETWEEN 1 AND 4),
  day         DATE     NOT NULL,
  amount      NUMERIC(16, 2) NOT NULL CHECK (amount >= 0),
  -- who gave (incoming funds) or received (the others)
  party       TEXT     NOT NULL DEFAULT '' CHECK (length(party) <= 200),
  description TEXT     NOT NULL DEFAULT '' CHECK (length(description) <= 500),
  PRIMARY KEY (project_id, position)
);

-- the steps whose completion makes its progress: done weight over total weight
CREATE TABLE project_milestone (
  project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  position   INT    NOT NULL,
  title      TEXT   NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
  weight     INT    NOT NULL CHECK (weight BETWEEN 1 AND 100),
  due_on     DATE,
  done_on    DATE,
  PRIMARY KEY (project_id, position)
);

-- jobs (permanent, temporary) and beneficiaries, planned and actual, by year and group; each with
-- the day it was known and its source. '' = not broken down by that dimension.
CREATE TABLE project_figure (
  project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  measure    TEXT   NOT NULL CHECK (measure IN ('jobs_permanent', 'jobs_temporary', 'beneficiaries')),
  stage      TEXT   NOT NULL CHECK (stage IN ('planned', 'actual')),
  year       INT    NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  sex        TEXT   NOT NULL DEFAULT '' CHECK (sex IN ('', 'female', 'male')),
  age_band   TEXT   NOT NULL DEFAULT '' CHECK (age_band IN ('', '15-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+')),
  disability TEXT   NOT NULL DEFAULT '' CHECK (disability IN ('', 'yes', 'no')),
  area       TEXT   NOT NULL DEFAULT '' CHECK (area IN ('', 'urban', 'rural')),
  value      INT    NOT NULL CHECK (value >= 0),
  as_of      DATE   NOT NULL,
  source     TEXT   NOT NULL CHECK (length(source) BETWEEN 2 AND 200),
  PRIMARY KEY (project_id, measure, stage, year, sex, age_band, disability, area)
);

-- results with one indicator each (IATI result type 1 output, 2 outcome, 3 impact; measure 1 unit, 2 percentage)
CREATE TABLE project_result (
  project_id     BIGINT   NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  position       INT      NOT NULL,
  type           SMALLINT NOT NULL CHECK (type IN (1, 2, 3)),
  title          TEXT     NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
  indicator      TEXT     NOT NULL CHECK (length(indicator) BETWEEN 2 AND 200),
  measure        SMALLINT NOT NULL CHECK (measure IN (1, 2)),
  baseline_year  INT      CHECK (baseline_year BETWEEN 1990 AND 2100),
  baseline_value NUMERIC(14, 2),
  year           INT      NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  target_value   NUMERIC(14, 2),
  actual_value   NUMERIC(14, 2),
  PRIMARY KEY (project_id, position)
);

-- photos and documents (IATI document-link; category from DocumentCategory)
CREATE TABLE project_file (
  project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  position   INT    NOT NULL,
  file_id    BIGINT NOT NULL,
  kind       TEXT   NOT NULL CHECK (kind IN ('photo', 'document')),
  -- the type read from the bytes when stored (IATI's document-link format)
  content_type TEXT NOT NULL,
  title      TEXT   NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
  category   TEXT   NOT NULL CHECK (category ~ '^A(0[1-9]|1[0-2])$'),
  PRIMARY KEY (project_id, position)
);

-- open-government commitments the project serves (a commitment's code)
CREATE TABLE project_commitment (
  project_id      BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  commitment_code TEXT   NOT NULL,
  PRIMARY KEY (project_id, commitment_code)
);

-- title and description in other languages than the original (ADR 0024's shape)
CREATE TABLE project_text (
  subject    TEXT        NOT NULL CHECK (subject IN ('project')),
  subject_id BIGINT      NOT NULL,
  field      TEXT        NOT NULL CHECK (field IN ('title', 'description')),
  language   TEXT        NOT NULL CHECK (language IN ('ar', 'fr', 'en', 'zgh')),
  text       TEXT        NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
  updated_by BIGINT      NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (subject, subject_id, field, language)
);

-- found by the search across Sawa in the original and every version
ALTER TABLE project ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (sawa_document(title, description)) STORED;
CREATE INDEX project_search_idx ON project USING gin (search);
ALTER TABLE project_text ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (
  CASE WHEN field = 'title' THEN sawa_document(text, '') ELSE sawa_document('', text) END) STORED;
CREATE INDEX project_text_search_idx ON project_text USING gin (search);
