-- A programme's officers write its activities' topics and its success stories in one working
-- language, the programme's: Arabic for a programme whose records are all in Arabic script,
-- French otherwise (the language programmes were run in so far). Versions in the other
-- languages are kept in the table every module's versions table is shaped like
-- (org.sawa.db.TextVersions).
ALTER TABLE capacity_programme ADD COLUMN language TEXT NOT NULL DEFAULT 'fr'
  CHECK (language IN ('ar', 'fr', 'en', 'zgh'));
UPDATE capacity_programme p SET language = 'ar'
 WHERE EXISTS (SELECT 1 FROM capacity_activity a WHERE a.programme_id = p.id)
   AND NOT EXISTS (SELECT 1 FROM capacity_activity a WHERE a.programme_id = p.id AND a.topic ~ '[A-Za-z]');
ALTER TABLE capacity_programme ALTER COLUMN language DROP DEFAULT;

CREATE TABLE capacity_text (
  subject    TEXT   NOT NULL CHECK (subject IN ('activity', 'story')),
  subject_id BIGINT NOT NULL,
  field      TEXT   NOT NULL CHECK (field IN ('topic', 'title', 'body')),
  language   TEXT   NOT NULL CHECK (language IN ('ar', 'fr', 'en', 'zgh')),
  text       TEXT   NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
  updated_by BIGINT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (subject, subject_id, field, language)
);
