-- Participatory processes: a consultation belongs to a territory (its council consults), is
-- about a subject (a development plan, a programme, a by-law, a budget) and runs through dated
-- phases, in order, from informing residents to the council's decision and the return to
-- citizens. What staff write for the public is in one language, its original; versions in the
-- others are kept in the table every module's versions table is shaped like.
CREATE TABLE consultation_process (
  id           BIGSERIAL PRIMARY KEY,
  code         TEXT   NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
  territory_id BIGINT NOT NULL,
  subject      TEXT   NOT NULL CHECK (subject IN ('development_plan', 'programme', 'bylaw', 'budget', 'other')),
  title        TEXT   NOT NULL CHECK (length(title) BETWEEN 5 AND 200),
  summary      TEXT   NOT NULL CHECK (length(summary) BETWEEN 20 AND 5000),
  language     TEXT   NOT NULL CHECK (language IN ('ar', 'fr', 'en', 'zgh')),
  created_by   BIGINT NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX consultation_process_territory ON consultation_process (territory_id);

CREATE TABLE consultation_phase (
  id          BIGSERIAL PRIMARY KEY,
  process_id  BIGINT NOT NULL REFERENCES consultation_process (id),
  position    INT    NOT NULL CHECK (position BETWEEN 1 AND 12),
  kind        TEXT   NOT NULL CHECK (kind IN ('information', 'consultation', 'workshops', 'synthesis', 'return', 'decision')),
  starts_on   DATE   NOT NULL,
  ends_on     DATE   NOT NULL CHECK (ends_on >= starts_on),
  description TEXT   NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
  UNIQUE (process_id, position)
);

CREATE TABLE consultation_text (
  subject    TEXT   NOT NULL CHECK (subject IN ('process', 'phase')),
  subject_id BIGINT NOT NULL,
  field      TEXT   NOT NULL CHECK (field IN ('title', 'summary', 'description')),
  language   TEXT   NOT NULL CHECK (language IN ('ar', 'fr', 'en', 'zgh')),
  text       TEXT   NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
  updated_by BIGINT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (subject, subject_id, field, language)
);
