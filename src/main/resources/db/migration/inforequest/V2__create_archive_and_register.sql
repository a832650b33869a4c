-- The public archive: an officer publishes a request with what may be shown of it (the request and
-- the answer, redacted where they hold personal data); the requester's identity is never public.
ALTER TABLE info_request
  ADD COLUMN answer_due_on      DATE,
  ADD COLUMN published_at       TIMESTAMPTZ,
  ADD COLUMN public_description TEXT,
  ADD COLUMN public_answer      TEXT,
  ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (
    to_tsvector('french', coalesce(public_description, '') || ' ' || coalesce(public_answer, '') || ' ' || subject)
    || to_tsvector('arabic', coalesce(public_description, '') || ' ' || coalesce(public_answer, '') || ' ' || subject)
  ) STORED;
CREATE INDEX info_request_search_idx ON info_request USING gin (search);
CREATE INDEX info_request_published_idx ON info_request (published_at) WHERE published_at IS NOT NULL;

-- what the body answered was due by, kept when it answers, for "answered within the deadline"
UPDATE info_request SET answer_due_on = due_on WHERE answered_on IS NOT NULL AND answer_due_on IS NULL;

-- Proactive publication (law 31-13, art. 10): the categories every body must publish, and each
-- body's status for each, with a link.
CREATE TABLE info_publication_category (
  code       TEXT    PRIMARY KEY,
  position   INT     NOT NULL,
  article    TEXT    NOT NULL,
  to_confirm BOOLEAN NOT NULL DEFAULT TRUE
);
INSERT INTO info_publication_category (code, position, article) VALUES
  ('conventions', 1, 'Loi 31-13, art. 10'),
  ('legal_texts', 2, 'Loi 31-13, art. 10'),
  ('budget', 3, 'Loi 31-13, art. 10'),
  ('missions_structure', 4, 'Loi 31-13, art. 10'),
  ('procedures', 5, 'Loi 31-13, art. 10'),
  ('users_rights', 6, 'Loi 31-13, art. 10'),
  ('calls_results', 7, 'Loi 31-13, art. 10'),
  ('procurement', 8, 'Loi 31-13, art. 10'),
  ('reports_studies', 9, 'Loi 31-13, art. 10'),
  ('officer_contact', 10, 'Loi 31-13, art. 10'),
  ('council_composition', 11, 'Loi 31-13, art. 10'),
  ('sessions', 12, 'Loi 31-13, art. 10'),
  ('deliberations', 13, 'Loi 31-13, art. 10');

CREATE TABLE info_register (
  body_id    BIGINT      NOT NULL REFERENCES info_body (id),
  category   TEXT        NOT NULL REFERENCES info_publication_category (code),
  status     TEXT        NOT NULL CHECK (status IN ('published', 'partly', 'not')),
  link       TEXT        NOT NULL DEFAULT '' CHECK (link = '' OR link ~ '^https?://'),
  updated_on DATE        NOT NULL,
  updated_by BIGINT      NOT NULL,
  PRIMARY KEY (body_id, category)
);
