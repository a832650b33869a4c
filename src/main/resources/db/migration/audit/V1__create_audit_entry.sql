-- Append-only, hash-chained audit log. Updates and deletes are refused by a trigger; a
-- superuser who disables it still cannot rewrite history unseen: the chain breaks.
CREATE SEQUENCE audit_entry_seq;

CREATE TABLE audit_entry (
  seq           BIGINT      NOT NULL PRIMARY KEY,
  occurred_at   TIMESTAMPTZ NOT NULL,
  actor         TEXT        NOT NULL,
  action        TEXT        NOT NULL,
  subject       TEXT        NOT NULL,
  details       TEXT        NOT NULL,
  previous_hash CHAR(64)    NOT NULL,
  hash          CHAR(64)    NOT NULL UNIQUE
);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject);

CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entry is append-only';
END;
$$;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
