-- Citizen feedback: reports about a public service, a facility, a project, a commitment, or
-- a suggestion, routed to the body that can act (the bodies of the access-to-information
-- module), answered within targets in working days, rated by the person, published without
-- her identity.

-- the categories administrators maintain, named in the four languages; where a report of the
-- category goes when no route names a body: the council of the commune, province or region
-- it is in, or nobody ('none': the triage queue)
CREATE TABLE feedback_category (
  id              BIGSERIAL PRIMARY KEY,
  code            TEXT    NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
  about           TEXT    NOT NULL CHECK (about IN ('service', 'facility', 'project', 'commitment', 'suggestion')),
  name_ar         TEXT    NOT NULL CHECK (length(name_ar) BETWEEN 2 AND 120),
  name_fr         TEXT    NOT NULL CHECK (length(name_fr) BETWEEN 2 AND 120),
  name_en         TEXT    NOT NULL CHECK (length(name_en) BETWEEN 2 AND 120),
  name_zgh        TEXT    NOT NULL CHECK (length(name_zgh) BETWEEN 2 AND 120),
  competence      TEXT    NOT NULL CHECK (competence IN ('commune', 'province', 'region', 'none')),
  acknowledge_days INT    NOT NULL CHECK (acknowledge_days BETWEEN 1 AND 60),
  answer_days     INT     NOT NULL CHECK (answer_days BETWEEN 1 AND 120),
  position        INT     NOT NULL DEFAULT 0,
  active          BOOLEAN NOT NULL DEFAULT TRUE,
  CHECK (answer_days >= acknowledge_days)
);

-- a category's reports in a territory (and below it) go to this body
CREATE TABLE feedback_route (
  category_id  BIGINT NOT NULL REFERENCES feedback_category (id),
  territory_id BIGINT NOT NULL,
  body_id      BIGINT NOT NULL,
  PRIMARY KEY (category_id, territory_id)
);

-- a body's own targets for a category, in working days (else the category's)
CREATE TABLE feedback_target (
  body_id          BIGINT NOT NULL,
  category_id      BIGINT NOT NULL REFERENCES feedback_category (id),
  acknowledge_days INT    NOT NULL CHECK (acknowledge_days BETWEEN 1 AND 60),
  answer_days      INT    NOT NULL CHECK (answer_days BETWEEN 1 AND 120),
  PRIMARY KEY (body_id, category_id),
  CHECK (answer_days >= acknowledge_days)
);

CREATE SEQUENCE feedback_number_seq;

CREATE TABLE feedback_report (
  id               BIGSERIAL PRIMARY KEY,
  number           TEXT        NOT NULL UNIQUE,
  category_id      BIGINT      NOT NULL REFERENCES feedback_category (id),
  territory_id     BIGINT      NOT NULL,
  -- the body that must act; none while the report waits in the triage queue
  body_id          BIGINT,
  -- what it is about when a registry entry: a project's or a commitment's code
  about_code       TEXT        NOT NULL DEFAULT '' CHECK (length(about_code) <= 60),
  place            TEXT        NOT NULL DEFAULT '' CHECK (length(place) <= 300),
  description      TEXT        NOT NULL CHECK (length(description) BETWEEN 10 AND 5000),
  language         TEXT        NOT NULL CHECK (language IN ('ar', 'fr', 'en', 'zgh')),
  channel          TEXT        NOT NULL CHECK (channel IN ('online', 'phone', 'paper', 'counter')),
  -- who reported: an account, or an e-mail address or phone number to follow it; never public
  reporter_id      BIGINT,
  contact_email    TEXT        NOT NULL DEFAULT '',
  contact_phone    TEXT        NOT NULL DEFAULT '',
  -- the name shown on the public page when the person chose to publish it
  public_name      TEXT        NOT NULL DEFAULT '' CHECK (length(public_name) <= 100),
  -- a report filed without an account is followed through a secret link: the link's key is
  -- the server's keyed hash of the report and this salt, so the database alone cannot give it
  key_salt         TEXT,
  status           TEXT        NOT NULL CHECK (status IN ('received', 'acknowledged', 'details_asked', 'answered',
                     'closed', 'reopened')),
  outcome          TEXT        CHECK (outcome IN ('resolved', 'not_resolved', 'duplicate')),
  duplicate_of     BIGINT      REFERENCES feedback_report (id),
  received_on      DATE        NOT NULL,
  -- the day the body now responsible received it (filing, triage or transfer) and its targets
  routed_on        DATE,
  acknowledge_due_on DATE,
  answer_due_on    DATE,
  acknowledged_on  DATE,
  answered_on      DATE,
  closed_on        DATE,
  reopened_on      DATE,
  reopen_due_on    DATE,
  satisfied        BOOLEAN,
  rating_note      TEXT        NOT NULL DEFAULT '' CHECK (length(rating_note) <= 1000),
  rated_on         DATE,
  -- moderation: the public text when a moderator redacted it, or the whole report hidden
  public_description TEXT,
  public_place     TEXT,
  hidden           BOOLEAN     NOT NULL DEFAULT FALSE,
  submission_key   UUID,
  created_at       TIMESTAMPTZ NOT NULL,
  updated_at       TIMESTAMPTZ NOT NULL,
  CHECK (channel <> 'online' OR reporter_id IS NOT NULL OR contact_email <> '' OR contact_phone <> ''),
  CHECK ((status = 'closed') = (outcome IS NOT NULL)),
  CHECK ((outcome = 'duplicate') = (duplicate_of IS NOT NULL)),
  CHECK ((body_id IS NULL) = (routed_on IS NULL))
);
CREATE INDEX feedback_report_body_idx ON feedback_report (body_id, status);
CREATE INDEX feedback_report_place_idx ON feedback_report (territory_id, category_id, status);
CREATE INDEX feedback_report_reporter_idx ON feedback_report (reporter_id);
CREATE UNIQUE INDEX feedback_report_submission_idx ON feedback_report (submission_key) WHERE submission_key IS NOT NULL;

-- the timeline: every step with its day, who took it ("person:0" the reporter without an
-- account) and what was said; what the public sees of a note once a moderator redacted it
CREATE TABLE feedback_step (
  id          BIGSERIAL PRIMARY KEY,
  report_id   BIGINT      NOT NULL REFERENCES feedback_report (id),
  kind        TEXT        NOT NULL CHECK (kind IN ('received', 'routed', 'acknowledged', 'details_asked',
                'details_added', 'transferred', 'answered', 'closed', 'rated', 'reopened')),
  on_day      DATE        NOT NULL,
  actor       TEXT        NOT NULL,
  note        TEXT        NOT NULL DEFAULT '',
  public_note TEXT,
  at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX feedback_step_report_idx ON feedback_step (report_id, id);

-- photos, their location metadata stripped before storing
CREATE TABLE feedback_photo (
  id        BIGSERIAL PRIMARY KEY,
  report_id BIGINT  NOT NULL REFERENCES feedback_report (id),
  file_id   BIGINT  NOT NULL,
  hidden    BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX feedback_photo_report_idx ON feedback_photo (report_id);
