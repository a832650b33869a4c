-- A memo is written in one language, its original: memos filed so far in Arabic script are
-- Arabic, the others French (the only two languages memos were written in). Its author or the
-- council's staff may add versions in the other languages, kept in the table every module's
-- versions table is shaped like (org.sawa.db.TextVersions).
ALTER TABLE council_memo ADD COLUMN language TEXT NOT NULL DEFAULT 'fr'
  CHECK (language IN ('ar', 'fr', 'en', 'zgh'));
UPDATE council_memo SET language = 'ar' WHERE title ~ '[ء-ي]';
ALTER TABLE council_memo ALTER COLUMN language DROP DEFAULT;

CREATE TABLE council_text (
  subject    TEXT   NOT NULL CHECK (subject IN ('memo')),
  subject_id BIGINT NOT NULL,
  field      TEXT   NOT NULL CHECK (field IN ('title', 'summary', 'change_text')),
  language   TEXT   NOT NULL CHECK (language IN ('ar', 'fr', 'en', 'zgh')),
  text       TEXT   NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
  updated_by BIGINT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (subject, subject_id, field, language)
);
