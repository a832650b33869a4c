-- Following: a person follows a consultation, a petition, a request, a commitment, an event or
-- a territory (and so what happens in it and below it), and is told of each change by e-mail, at
-- once or in a daily or weekly digest, in her language. A change is written once per follower
-- as a notice (its text kept as a message key with arguments, translated when sent); each mail
-- carries a link to stop following, signed with the server's key.
CREATE TABLE follow_subscription (
  id         BIGSERIAL PRIMARY KEY,
  person_id  BIGINT NOT NULL,
  kind       TEXT   NOT NULL CHECK (kind IN ('consultation', 'petition', 'inforequest', 'commitment', 'event',
                                             'territory')),
  subject    TEXT   NOT NULL CHECK (length(subject) BETWEEN 1 AND 60),
  -- the subject's title when it was followed, for the person's own list
  label      TEXT   NOT NULL DEFAULT '' CHECK (length(label) <= 300),
  created_at TIMESTAMPTZ NOT NULL,
  UNIQUE (person_id, kind, subject)
);
CREATE INDEX follow_subscription_subject ON follow_subscription (kind, subject);

CREATE TABLE follow_setting (
  person_id      BIGINT PRIMARY KEY,
  frequency      TEXT   NOT NULL CHECK (frequency IN ('immediate', 'daily', 'weekly')),
  last_digest_at TIMESTAMPTZ,
  updated_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE follow_notice (
  id              BIGSERIAL PRIMARY KEY,
  person_id       BIGINT NOT NULL,
  subscription_id BIGINT NOT NULL REFERENCES follow_subscription (id) ON DELETE CASCADE,
  title           TEXT   NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  message_key     TEXT   NOT NULL CHECK (message_key ~ '^follow\.change\.[a-zA-Z.]+$'),
  arguments       TEXT[] NOT NULL DEFAULT '{}',
  path            TEXT   NOT NULL CHECK (path ~ '^/[^/]'),
  created_at      TIMESTAMPTZ NOT NULL,
  sent_at         TIMESTAMPTZ
);
CREATE INDEX follow_notice_unsent ON follow_notice (person_id, created_at) WHERE sent_at IS NULL;
