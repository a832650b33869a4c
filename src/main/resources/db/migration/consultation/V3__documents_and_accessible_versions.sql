-- The documents of a consultation (a territorial diagnosis, a draft plan), each written by staff
-- in one language with versions in the others (consultation_text, subject 'document'), and the
-- accessible forms each may carry: a plain-language summary in Darija (Arabic script), an
-- easy-read version, a sign-language video (a file or a link) with its transcript, and an audio
-- reading (uploaded, or generated from the Darija summary). Braille-ready files are made from
-- the Arabic and French texts when asked for, so they are not stored. Residents ask for a form
-- that is missing; each request is counted once per person.
ALTER TABLE consultation_text DROP CONSTRAINT consultation_text_subject_check;
ALTER TABLE consultation_text ADD CONSTRAINT consultation_text_subject_check
  CHECK (subject IN ('process', 'phase', 'document'));
ALTER TABLE consultation_text DROP CONSTRAINT consultation_text_field_check;
ALTER TABLE consultation_text ADD CONSTRAINT consultation_text_field_check
  CHECK (field IN ('title', 'summary', 'description', 'body'));
ALTER TABLE consultation_text DROP CONSTRAINT consultation_text_text_check;
ALTER TABLE consultation_text ADD CONSTRAINT consultation_text_text_check CHECK (length(text) BETWEEN 1 AND 50000);

CREATE TABLE consultation_document (
  id         BIGSERIAL PRIMARY KEY,
  process_id BIGINT NOT NULL REFERENCES consultation_process (id),
  number     INT    NOT NULL CHECK (number > 0),
  title      TEXT   NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
  body       TEXT   NOT NULL CHECK (length(body) BETWEEN 20 AND 50000),
  language   TEXT   NOT NULL CHECK (language IN ('ar', 'fr', 'en', 'zgh')),
  created_by BIGINT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  UNIQUE (process_id, number)
);

CREATE TABLE consultation_alternative (
  document_id BIGINT  NOT NULL REFERENCES consultation_document (id),
  kind        TEXT    NOT NULL CHECK (kind IN ('darija', 'easy_read', 'sign_language', 'audio')),
  text        TEXT    NOT NULL DEFAULT '' CHECK (length(text) <= 20000),
  language    TEXT    NOT NULL CHECK (language IN ('ary', 'ar', 'fr', 'en', 'zgh')),
  file_id     BIGINT,
  link        TEXT    CHECK (link ~ '^https://'),
  generated   BOOLEAN NOT NULL DEFAULT false,
  updated_by  BIGINT  NOT NULL,
  updated_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (document_id, kind)
);

CREATE TABLE consultation_alternative_request (
  document_id BIGINT NOT NULL REFERENCES consultation_document (id),
  kind        TEXT   NOT NULL CHECK (kind IN ('darija', 'easy_read', 'sign_language', 'audio', 'braille')),
  person_id   BIGINT NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (document_id, kind, person_id)
);
