-- Open-government action plans of a territory, their commitments (the OGP template's fields) and
-- milestones. A milestone's status changes only with a dated progress note, and may carry
-- evidence (a link or a reference to a Sawa record); every change is audited.

CREATE TABLE commitment_plan (
  id           BIGSERIAL PRIMARY KEY,
  code         TEXT NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9-]{2,40}$'),
  territory_id BIGINT NOT NULL,
  title        TEXT NOT NULL CHECK (length(title) BETWEEN 3 AND 300),
  language     TEXT NOT NULL CHECK (language IN ('ar', 'fr', 'en', 'zgh')),
  starts_on    DATE NOT NULL,
  ends_on      DATE NOT NULL CHECK (ends_on >= starts_on),
  status       TEXT NOT NULL CHECK (status IN ('in_preparation', 'in_progress', 'completed')),
  source_url   TEXT,
  created_by   BIGINT NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE commitment (
  id                BIGSERIAL PRIMARY KEY,
  plan_id           BIGINT NOT NULL REFERENCES commitment_plan(id),
  code              TEXT NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9-]{2,40}$'),
  title             TEXT NOT NULL CHECK (length(title) BETWEEN 3 AND 300),
  problem           TEXT NOT NULL DEFAULT '',
  status_quo        TEXT NOT NULL DEFAULT '',
  action            TEXT NOT NULL DEFAULT '',
  contribution      TEXT NOT NULL DEFAULT '',
  long_term_goal    TEXT NOT NULL DEFAULT '',
  policy_area       TEXT NOT NULL DEFAULT '',
  sector            TEXT NOT NULL DEFAULT '',
  ogp_values        TEXT[] NOT NULL DEFAULT '{}',
  other_institutions TEXT NOT NULL DEFAULT '',
  starts_on         DATE NOT NULL,
  ends_on           DATE NOT NULL CHECK (ends_on >= starts_on),
  -- the OGP assessment scales, recorded by the monitoring body
  completion        TEXT CHECK (completion IN ('no_evidence', 'not_started', 'limited', 'substantial', 'complete')),
  opened_government TEXT CHECK (opened_government IN ('worsened', 'did_not_change', 'marginal', 'major', 'outstanding')),
  assessed_on       DATE,
  created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- lead and supporting institutions: organisations of the account module
CREATE TABLE commitment_institution (
  commitment_id   BIGINT NOT NULL REFERENCES commitment(id),
  organisation_id BIGINT NOT NULL,
  role            TEXT   NOT NULL CHECK (role IN ('lead', 'supporting')),
  PRIMARY KEY (commitment_id, organisation_id)
);

CREATE TABLE commitment_milestone (
  id            BIGSERIAL PRIMARY KEY,
  commitment_id BIGINT NOT NULL REFERENCES commitment(id),
  position      INT    NOT NULL CHECK (position > 0),
  description   TEXT   NOT NULL CHECK (length(description) BETWEEN 3 AND 2000),
  starts_on     DATE   NOT NULL,
  ends_on       DATE   NOT NULL CHECK (ends_on >= starts_on),
  status        TEXT   NOT NULL CHECK (status IN ('not_started', 'in_progress', 'stuck', 'finished', 'incomplete')),
  owner_id      BIGINT,
  UNIQUE (commitment_id, position)
);

CREATE TABLE commitment_update (
  id           BIGSERIAL PRIMARY KEY,
  milestone_id BIGINT NOT NULL REFERENCES commitment_milestone(id),
  status       TEXT   NOT NULL,
  on_day       DATE   NOT NULL,
  note         TEXT   NOT NULL CHECK (length(note) BETWEEN 5 AND 5000),
  by_person    BIGINT NOT NULL,
  at           TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX commitment_update_milestone ON commitment_update (milestone_id);

-- evidence of an update: a web link, or a Sawa record (e.g. /capacity/AMSSAWASS, /territories/MA-11/indicators)
CREATE TABLE commitment_evidence (
  id        BIGSERIAL PRIMARY KEY,
  update_id BIGINT NOT NULL REFERENCES commitment_update(id),
  label     TEXT   NOT NULL CHECK (length(label) BETWEEN 2 AND 300),
  url       TEXT   NOT NULL CHECK (url ~ '^(https?://|/)')
);

CREATE TABLE commitment_comment (
  id            BIGSERIAL PRIMARY KEY,
  commitment_id BIGINT NOT NULL REFERENCES commitment(id),
  person_id     BIGINT NOT NULL,
  body          TEXT   NOT NULL CHECK (length(body) BETWEEN 3 AND 2000),
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX commitment_comment_commitment ON commitment_comment (commitment_id);
