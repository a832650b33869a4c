-- What residents contribute to a consultation while a phase of consultation or workshops is
-- open: proposals (numbered within their process; the text as typed, a small Markdown
-- subset, and its HTML rendered once and sanitised), comments threaded one level deep, and
-- endorsements, one per person. The council answers each proposal with reasons. Counts
-- shown on every list are kept on the proposal, changed in the transaction of the act.
CREATE TABLE consultation_proposal (
  id              BIGSERIAL PRIMARY KEY,
  process_id      BIGINT NOT NULL REFERENCES consultation_process (id),
  number          INT    NOT NULL CHECK (number > 0),
  title           TEXT   NOT NULL CHECK (length(title) BETWEEN 5 AND 150),
  body            TEXT   NOT NULL CHECK (length(body) BETWEEN 20 AND 6000),
  body_html       TEXT   NOT NULL,
  category        TEXT   NOT NULL CHECK (category IN ('jobs', 'agriculture', 'education', 'health', 'water',
                    'environment', 'transport', 'culture', 'inclusion', 'governance', 'other')),
  commune_id      BIGINT,
  place           TEXT   NOT NULL DEFAULT '' CHECK (length(place) <= 200),
  author_id       BIGINT NOT NULL,
  organisation_id BIGINT,
  created_at      TIMESTAMPTZ NOT NULL,
  endorsements    INT    NOT NULL DEFAULT 0 CHECK (endorsements >= 0),
  comments        INT    NOT NULL DEFAULT 0 CHECK (comments >= 0),
  reports         INT    NOT NULL DEFAULT 0 CHECK (reports >= 0),
  state           TEXT   NOT NULL DEFAULT 'published' CHECK (state IN ('published', 'pending', 'hidden')),
  hidden_reason   TEXT   CHECK (length(hidden_reason) <= 500),
  answer          TEXT   CHECK (answer IN ('accepted', 'partial', 'rejected', 'planned')),
  answer_text     TEXT   CHECK (length(answer_text) <= 5000),
  answered_by     BIGINT,
  answered_at     TIMESTAMPTZ,
  UNIQUE (process_id, number),
  CHECK ((answer IS NULL) = (answered_at IS NULL))
);
CREATE INDEX consultation_proposal_endorsed ON consultation_proposal (process_id, endorsements DESC, number DESC);

CREATE TABLE consultation_comment (
  id            BIGSERIAL PRIMARY KEY,
  proposal_id   BIGINT NOT NULL REFERENCES consultation_proposal (id),
  parent_id     BIGINT REFERENCES consultation_comment (id),
  body          TEXT   NOT NULL CHECK (length(body) BETWEEN 2 AND 2000),
  author_id     BIGINT NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL,
  reports       INT    NOT NULL DEFAULT 0 CHECK (reports >= 0),
  state         TEXT   NOT NULL DEFAULT 'published' CHECK (state IN ('published', 'pending', 'hidden')),
  hidden_reason TEXT   CHECK (length(hidden_reason) <= 500)
);
CREATE INDEX consultation_comment_proposal ON consultation_comment (proposal_id, id);

CREATE TABLE consultation_endorsement (
  proposal_id BIGINT NOT NULL REFERENCES consultation_proposal (id),
  person_id   BIGINT NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (proposal_id, person_id)
);

-- Anyone signed in reports a contribution once, with a reason; enough reports hide it until
-- a moderator of the process's territory decides. Every decision is kept here and audited.
CREATE TABLE consultation_report (
  id         BIGSERIAL PRIMARY KEY,
  subject    TEXT   NOT NULL CHECK (subject IN ('proposal', 'comment')),
  subject_id BIGINT NOT NULL,
  person_id  BIGINT NOT NULL,
  reason     TEXT   NOT NULL CHECK (reason IN ('spam', 'offensive', 'personal_data', 'off_topic', 'other')),
  details    TEXT   NOT NULL DEFAULT '' CHECK (length(details) <= 500),
  created_at TIMESTAMPTZ NOT NULL,
  UNIQUE (subject, subject_id, person_id)
);

CREATE TABLE consultation_decision (
  id           BIGSERIAL PRIMARY KEY,
  subject      TEXT   NOT NULL CHECK (subject IN ('proposal', 'comment')),
  subject_id   BIGINT NOT NULL,
  decision     TEXT   NOT NULL CHECK (decision IN ('hide', 'restore', 'block')),
  reason       TEXT   NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  moderator_id BIGINT NOT NULL,
  decided_at   TIMESTAMPTZ NOT NULL
);

-- A person blocked by a moderator may not contribute to the consultations of the territory
-- (and of the places within it) until a moderator lifts the block.
CREATE TABLE consultation_block (
  person_id    BIGINT NOT NULL,
  territory_id BIGINT NOT NULL,
  reason       TEXT   NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  moderator_id BIGINT NOT NULL,
  blocked_at   TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (person_id, territory_id)
);
