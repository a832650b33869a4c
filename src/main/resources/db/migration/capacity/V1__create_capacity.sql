-- Capacity programmes: trainings and their attendance with knowledge scores, individual mentoring
-- (development plans, coaching sessions with private notes), associations' organisational
-- capacity (OCA) and performance (OPI) assessments, and success stories published with consent.

CREATE TABLE capacity_programme (
  id            BIGSERIAL PRIMARY KEY,
  code          TEXT NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9-]{2,30}$'),
  name_ar       TEXT NOT NULL,
  name_fr       TEXT NOT NULL,
  name_en       TEXT NOT NULL,
  name_zgh      TEXT NOT NULL,
  funders       TEXT NOT NULL DEFAULT '',
  partners      TEXT NOT NULL DEFAULT '',
  target_groups TEXT[] NOT NULL DEFAULT '{}',
  starts_on     DATE NOT NULL,
  ends_on       DATE NOT NULL CHECK (ends_on >= starts_on),
  created_by    BIGINT NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE capacity_programme_territory (
  programme_id BIGINT NOT NULL REFERENCES capacity_programme(id),
  territory_id BIGINT NOT NULL,
  PRIMARY KEY (programme_id, territory_id)
);

-- a person a programme works with; most have no Sawa account. An elected participant may point to
-- their councillor record, an association member to their organisation.
CREATE TABLE capacity_participant (
  id              BIGSERIAL PRIMARY KEY,
  programme_id    BIGINT NOT NULL REFERENCES capacity_programme(id),
  full_name       TEXT   NOT NULL CHECK (length(full_name) BETWEEN 2 AND 200),
  sex             TEXT   CHECK (sex IN ('female', 'male')),
  birth_year      INT    CHECK (birth_year BETWEEN 1900 AND 2100),
  kind            TEXT   NOT NULL CHECK (kind IN ('elected', 'staff', 'association_member', 'youth', 'other')),
  commune_id      BIGINT,
  organisation_id BIGINT,
  councillor_id   BIGINT,
  created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX capacity_participant_programme ON capacity_participant (programme_id);

CREATE TABLE capacity_activity (
  id           BIGSERIAL PRIMARY KEY,
  programme_id BIGINT NOT NULL REFERENCES capacity_programme(id),
  kind         TEXT   NOT NULL CHECK (kind IN ('training', 'seminar', 'workshop')),
  topic        TEXT   NOT NULL CHECK (length(topic) BETWEEN 3 AND 300),
  held_on      DATE   NOT NULL,
  hours        NUMERIC(5,1) NOT NULL CHECK (hours > 0 AND hours <= 200),
  mode         TEXT   NOT NULL CHECK (mode IN ('in_person', 'remote', 'hybrid')),
  place        TEXT,
  trainers     TEXT   NOT NULL DEFAULT '',
  territory_id BIGINT NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- registration and attendance, with the knowledge test before and after (0-100, optional)
CREATE TABLE capacity_attendance (
  activity_id    BIGINT NOT NULL REFERENCES capacity_activity(id),
  participant_id BIGINT NOT NULL REFERENCES capacity_participant(id),
  attended       BOOLEAN NOT NULL,
  pre_score      INT CHECK (pre_score BETWEEN 0 AND 100),
  post_score     INT CHECK (post_score BETWEEN 0 AND 100),
  PRIMARY KEY (activity_id, participant_id)
);

-- an individual development plan: one per participant and programme, followed by a coach
CREATE TABLE capacity_plan (
  id             BIGSERIAL PRIMARY KEY,
  participant_id BIGINT NOT NULL UNIQUE REFERENCES capacity_participant(id),
  coach_id       BIGINT NOT NULL,
  starts_on      DATE   NOT NULL,
  created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE capacity_plan_priority (
  plan_id  BIGINT NOT NULL REFERENCES capacity_plan(id),
  priority TEXT   NOT NULL CHECK (priority IN ('public_speaking', 'leadership', 'reading_budgets',
             'advocacy_in_council', 'committee_work', 'handling_resistance')),
  baseline INT    NOT NULL CHECK (baseline BETWEEN 1 AND 4),
  current  INT    NOT NULL CHECK (current BETWEEN 1 AND 4),
  PRIMARY KEY (plan_id, priority)
);

-- a coaching session; the notes are private: only the coach and the programme's officers read them
CREATE TABLE capacity_coaching (
  id            BIGSERIAL PRIMARY KEY,
  plan_id       BIGINT NOT NULL REFERENCES capacity_plan(id),
  held_on       DATE   NOT NULL,
  mode          TEXT   NOT NULL CHECK (mode IN ('in_person', 'remote', 'hybrid')),
  minutes       INT    NOT NULL CHECK (minutes BETWEEN 10 AND 600),
  topics        TEXT[] NOT NULL,
  private_notes TEXT,
  coach_id      BIGINT NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX capacity_coaching_plan ON capacity_coaching (plan_id);

-- an organisational capacity assessment (OCA: areas scored 1-4 with evidence) or performance index
-- (OPI: domains at levels 1-4) of an association, baseline or follow-up
CREATE TABLE capacity_assessment (
  id              BIGSERIAL PRIMARY KEY,
  programme_id    BIGINT NOT NULL REFERENCES capacity_programme(id),
  organisation_id BIGINT NOT NULL,
  tool            TEXT   NOT NULL CHECK (tool IN ('oca', 'opi')),
  round           TEXT   NOT NULL CHECK (round IN ('baseline', 'follow_up')),
  assessed_on     DATE   NOT NULL,
  created_by      BIGINT NOT NULL,
  UNIQUE (programme_id, organisation_id, tool, round)
);

CREATE TABLE capacity_assessment_score (
  assessment_id BIGINT NOT NULL REFERENCES capacity_assessment(id),
  area          TEXT   NOT NULL,
  score         INT    NOT NULL CHECK (score BETWEEN 1 AND 4),
  evidence      TEXT,
  PRIMARY KEY (assessment_id, area)
);

CREATE TABLE capacity_improvement_action (
  id              BIGSERIAL PRIMARY KEY,
  programme_id    BIGINT NOT NULL REFERENCES capacity_programme(id),
  organisation_id BIGINT NOT NULL,
  area            TEXT   NOT NULL,
  action          TEXT   NOT NULL CHECK (length(action) BETWEEN 3 AND 1000),
  due_on          DATE,
  done            BOOLEAN NOT NULL DEFAULT FALSE
);

-- a success story, published only once the person's consent is recorded
CREATE TABLE capacity_story (
  id             BIGSERIAL PRIMARY KEY,
  programme_id   BIGINT NOT NULL REFERENCES capacity_programme(id),
  participant_id BIGINT NOT NULL REFERENCES capacity_participant(id),
  title          TEXT   NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
  body           TEXT   NOT NULL CHECK (length(body) BETWEEN 20 AND 10000),
  consent_on     DATE,
  consent_note   TEXT,
  published      BOOLEAN NOT NULL DEFAULT FALSE,
  CHECK (NOT published OR consent_on IS NOT NULL)
);
