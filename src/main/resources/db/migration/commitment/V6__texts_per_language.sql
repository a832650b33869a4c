-- What staff write for the public in one language (a plan's title, a commitment's fields, a
-- milestone's description) may have versions in the other languages; the record keeps its
-- original, in its plan's language. A reader sees her language's version when there is one.
CREATE TABLE commitment_text (
  subject    TEXT   NOT NULL CHECK (subject IN ('plan', 'commitment', 'milestone')),
  subject_id BIGINT NOT NULL,
  field      TEXT   NOT NULL CHECK (field ~ '^[a-z_]{2,30}$'),
  language   TEXT   NOT NULL CHECK (language IN ('ar', 'fr', 'en', 'zgh')),
  text       TEXT   NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
  updated_by BIGINT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (subject, subject_id, field, language)
);
