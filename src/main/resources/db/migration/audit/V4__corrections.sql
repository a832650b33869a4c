-- Corrections of what staff recorded: each correction of a record (its subject, e.g.
-- "session:12") is a numbered version with its reason, who made it and when, and every field
-- it changed with the value before and after, so each earlier version can be read back.
-- Like the audit log, the application may only add to it.
CREATE TABLE correction (
  id        BIGSERIAL PRIMARY KEY,
  subject   TEXT   NOT NULL,
  version   INT    NOT NULL CHECK (version >= 2),
  reason    TEXT   NOT NULL CHECK (length(reason) BETWEEN 5 AND 1000),
  by_person BIGINT NOT NULL,
  at        TIMESTAMPTZ NOT NULL,
  UNIQUE (subject, version)
);

CREATE TABLE correction_change (
  correction_id BIGINT NOT NULL REFERENCES correction(id),
  position      INT    NOT NULL,
  field         TEXT   NOT NULL,
  item          TEXT,
  before_value  TEXT,
  after_value   TEXT,
  PRIMARY KEY (correction_id, position)
);

DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'sawa_app') THEN
    REVOKE UPDATE, DELETE, TRUNCATE ON correction, correction_change FROM sawa_app;
  END IF;
END
$$;
