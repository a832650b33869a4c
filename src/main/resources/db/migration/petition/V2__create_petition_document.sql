-- The documents of a petition's steps (receipt, the bureau's decision, the deliberation, the
-- answer), kept with the petition and published with its timeline.
CREATE TABLE petition_document (
  id           BIGSERIAL PRIMARY KEY,
  petition_id  BIGINT      NOT NULL REFERENCES petition (id),
  step_id      BIGINT      NOT NULL REFERENCES petition_step (id),
  file_name    TEXT        NOT NULL,
  content_type TEXT        NOT NULL CHECK (content_type = 'application/pdf'),
  content      BYTEA       NOT NULL,
  uploaded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX petition_document_petition_idx ON petition_document (petition_id);

ALTER TABLE petition_step ADD COLUMN on_day DATE;
UPDATE petition_step SET on_day = (at AT TIME ZONE 'Africa/Casablanca')::date;
ALTER TABLE petition_step ALTER COLUMN on_day SET NOT NULL;
