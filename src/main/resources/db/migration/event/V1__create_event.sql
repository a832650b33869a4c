-- Public events of a territory: forums, workshops, thematic discussion groups, innovation labs
-- and co-implementation committee meetings, of a consultation or stand-alone, some of them the
-- dates of a recurring series (a quarterly citizens' forum). An event takes place somewhere
-- (with what the venue offers: step-free access, sign-language interpretation, childcare) or
-- online, may limit its places, and takes registrations with the needs a person asks for.
-- Who attended is counted twice over and never by name in public: registrations ticked at the
-- door, and lines of paper attendance sheets typed by staff (sex, age, disability, area; no
-- identity).
CREATE TABLE event_series (
  id           BIGSERIAL PRIMARY KEY,
  territory_id BIGINT NOT NULL,
  every        TEXT   NOT NULL CHECK (every IN ('week', 'month', 'quarter')),
  occurrences  INT    NOT NULL CHECK (occurrences BETWEEN 2 AND 24),
  created_by   BIGINT NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE event_event (
  id            BIGSERIAL PRIMARY KEY,
  territory_id  BIGINT NOT NULL,
  process_id    BIGINT,
  series_id     BIGINT REFERENCES event_series (id),
  kind          TEXT   NOT NULL CHECK (kind IN ('forum', 'workshop', 'group', 'lab', 'committee')),
  title         TEXT   NOT NULL CHECK (length(title) BETWEEN 5 AND 200),
  description   TEXT   NOT NULL CHECK (length(description) BETWEEN 20 AND 5000),
  language      TEXT   NOT NULL CHECK (language IN ('ar', 'fr', 'en', 'zgh')),
  starts_at     TIMESTAMPTZ NOT NULL,
  ends_at       TIMESTAMPTZ NOT NULL,
  place         TEXT   NOT NULL DEFAULT '' CHECK (length(place) <= 300),
  commune_id    BIGINT,
  online_url    TEXT   CHECK (online_url IS NULL OR (online_url ~ '^https://' AND length(online_url) <= 500)),
  step_free     BOOLEAN NOT NULL DEFAULT false,
  sign_language BOOLEAN NOT NULL DEFAULT false,
  childcare     BOOLEAN NOT NULL DEFAULT false,
  capacity      INT    CHECK (capacity IS NULL OR capacity BETWEEN 1 AND 100000),
  registration  BOOLEAN NOT NULL DEFAULT true,
  challenge     TEXT   NOT NULL DEFAULT '' CHECK (length(challenge) <= 2000),
  minutes       TEXT   NOT NULL DEFAULT '' CHECK (length(minutes) <= 20000),
  minutes_at    TIMESTAMPTZ,
  cancelled_at  TIMESTAMPTZ,
  cancel_reason TEXT   NOT NULL DEFAULT '' CHECK (length(cancel_reason) <= 500),
  created_by    BIGINT NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL,
  CHECK (ends_at > starts_at AND ends_at <= starts_at + interval '14 days'),
  CHECK (place <> '' OR online_url IS NOT NULL)
);
CREATE INDEX event_event_territory ON event_event (territory_id, starts_at);
CREATE INDEX event_event_starts ON event_event (starts_at);
CREATE INDEX event_event_process ON event_event (process_id) WHERE process_id IS NOT NULL;

CREATE TABLE event_registration (
  id            BIGSERIAL PRIMARY KEY,
  event_id      BIGINT NOT NULL REFERENCES event_event (id),
  person_id     BIGINT NOT NULL,
  needs         TEXT[] NOT NULL DEFAULT '{}'
                CHECK (needs <@ ARRAY['sign_language', 'step_free', 'childcare', 'easy_read', 'braille', 'audio',
                                      'companion']::text[]),
  other_need    TEXT   NOT NULL DEFAULT '' CHECK (length(other_need) <= 300),
  registered_at TIMESTAMPTZ NOT NULL,
  cancelled_at  TIMESTAMPTZ,
  reminded_at   TIMESTAMPTZ,
  attended_at   TIMESTAMPTZ,
  ticked_by     BIGINT,
  -- who the person was counted as when ticked (sex, age band, disability, area), so that
  -- unticking withdraws exactly what was counted
  attended_as   TEXT[] CHECK (attended_as IS NULL OR cardinality(attended_as) = 4),
  UNIQUE (event_id, person_id)
);
CREATE INDEX event_registration_person ON event_registration (person_id);

-- A paper attendance sheet typed by staff, line by line (sex, age band, disability, area);
-- every line is a person counted, with no name.
CREATE TABLE event_sheet (
  id         BIGSERIAL PRIMARY KEY,
  event_id   BIGINT NOT NULL REFERENCES event_event (id),
  label      TEXT   NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
  typed_by   BIGINT NOT NULL,
  typed_at   TIMESTAMPTZ NOT NULL,
  removed_at TIMESTAMPTZ
);
CREATE TABLE event_sheet_line (
  sheet_id   BIGINT NOT NULL REFERENCES event_sheet (id),
  line       INT    NOT NULL CHECK (line >= 1),
  sex        TEXT   NOT NULL CHECK (sex IN ('female', 'male', 'not_stated')),
  age_band   TEXT   NOT NULL,
  disability TEXT   NOT NULL CHECK (disability IN ('yes', 'no', 'not_stated')),
  area       TEXT   NOT NULL CHECK (area IN ('urban', 'rural', 'not_stated')),
  PRIMARY KEY (sheet_id, line)
);

-- An innovation lab's partners and what came out of it.
CREATE TABLE event_partner (
  event_id BIGINT NOT NULL REFERENCES event_event (id),
  position INT    NOT NULL,
  kind     TEXT   NOT NULL CHECK (kind IN ('institution', 'association', 'cooperative', 'company', 'university')),
  name     TEXT   NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
  PRIMARY KEY (event_id, position)
);
CREATE TABLE event_prototype (
  id          BIGSERIAL PRIMARY KEY,
  event_id    BIGINT NOT NULL REFERENCES event_event (id),
  title       TEXT   NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
  description TEXT   NOT NULL CHECK (length(description) BETWEEN 10 AND 3000),
  created_by  BIGINT NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE event_text (
  subject    TEXT   NOT NULL CHECK (subject IN ('event')),
  subject_id BIGINT NOT NULL,
  field      TEXT   NOT NULL CHECK (field IN ('title', 'description', 'challenge', 'minutes')),
  language   TEXT   NOT NULL CHECK (language IN ('ar', 'fr', 'en', 'zgh')),
  text       TEXT   NOT NULL CHECK (length(text) BETWEEN 1 AND 20000),
  updated_by BIGINT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (subject, subject_id, field, language)
);
